package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.conversation.domain.PendingActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPendingActionRepository implements PendingActionRepository {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(PendingAction action) {
    entityManager.persist(action);
  }

  @Override
  public Optional<PendingAction> lock(UUID id) {
    // SELECT ... FOR UPDATE: a second, concurrent resume waits here and then sees COMPLETED.
    return Optional.ofNullable(
        entityManager.find(PendingAction.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
