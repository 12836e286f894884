package io.tellerline.staffassist.infrastructure;

import io.tellerline.staffassist.domain.SuggestionUse;
import io.tellerline.staffassist.domain.SuggestionUses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Suggestion uses through JPA. */
@ApplicationScoped
public class JpaSuggestionUses implements SuggestionUses {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(SuggestionUse use) {
    entityManager.persist(use);
  }
}
