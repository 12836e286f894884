package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.conversation.domain.OpenTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Open tasks through JPA. */
@ApplicationScoped
public class JpaOpenTasks implements OpenTasks {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public Optional<OpenTask> of(UUID conversationId) {
    return Optional.ofNullable(entityManager.find(OpenTask.class, conversationId));
  }

  @Override
  public void add(OpenTask task) {
    entityManager.persist(task);
  }

  @Override
  public void remove(OpenTask task) {
    entityManager.remove(task);
  }
}
