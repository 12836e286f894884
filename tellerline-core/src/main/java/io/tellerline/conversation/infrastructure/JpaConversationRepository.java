package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.ConversationStatus;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.StaffQueueLoad;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.infrastructure.Traces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject Traces traces;

  @Override
  public void add(Conversation conversation) {
    entityManager.persist(conversation);
  }

  @Override
  public Optional<Conversation> find(UUID id) {
    return traces.database(
        "tellerline.conversation.load",
        "SELECT",
        "conversation",
        () -> Optional.ofNullable(entityManager.find(Conversation.class, id)));
  }

  @Override
  public List<Conversation> mostRecentlyActive(int limit) {
    return entityManager
        .createQuery(
            "select c from Conversation c order by c.lastActivityAt desc", Conversation.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Conversation> mostRecentlyActiveFor(String staff, int limit) {
    return entityManager
        .createQuery(
            "select c from Conversation c where c.status = :waiting"
                + " or (c.status = :served and c.assignee = :staff)"
                + " order by c.lastActivityAt desc",
            Conversation.class)
        .setParameter("waiting", ConversationStatus.WAITING_FOR_STAFF)
        .setParameter("served", ConversationStatus.WITH_STAFF)
        .setParameter("staff", staff)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Message> messagesOf(CustomerId customer) {
    return entityManager
        .createQuery(
            "select m from Message m where m.conversation.customerId = :customer", Message.class)
        .setParameter("customer", customer.value())
        .getResultList();
  }

  @Override
  public List<Message> messagesAfter(Conversation conversation, int sequence) {
    return entityManager
        .createQuery(
            "select m from Message m where m.conversation = :conversation"
                + " and m.sequence > :sequence order by m.sequence",
            Message.class)
        .setParameter("conversation", conversation)
        .setParameter("sequence", sequence)
        .getResultList();
  }

  @Override
  public List<Conversation> mentioning(List<String> compactTexts, int limit) {
    if (compactTexts.isEmpty()) {
      return List.of();
    }
    List<?> ids =
        entityManager
            .createNativeQuery(
                "select c.id from conversation c where exists (select 1 from conversation_message m,"
                    + " unnest(string_to_array(?1, ',')) t(token)"
                    + " where m.conversation_id = c.id"
                    + " and strpos(regexp_replace(m.body, '[[:space:]./-]', '', 'g'), t.token) > 0)"
                    + " order by c.last_activity_at desc limit ?2")
            // Tokens hold letters, digits, brackets and colons only: a comma separates them.
            .setParameter(1, String.join(",", compactTexts))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream()
        .map(id -> entityManager.find(Conversation.class, UUID.fromString(id.toString())))
        .toList();
  }

  @Override
  public Optional<Message> message(UUID id) {
    return Optional.ofNullable(entityManager.find(Message.class, id));
  }

  @Override
  public List<Conversation> staffQueue(int limit) {
    return entityManager
        .createQuery(
            "select c from Conversation c where c.status in :statuses order by c.waitingSince",
            Conversation.class)
        .setParameter(
            "statuses",
            List.of(ConversationStatus.WAITING_FOR_STAFF, ConversationStatus.WITH_STAFF))
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public StaffQueueLoad staffQueueLoad() {
    // Two queries: min() over the converted column gives EclipseLink the raw timestamp, which its
    // Instant converter refuses (seen in BusinessMetricsIT); the first in order is converted.
    Long waiting =
        entityManager
            .createQuery(
                "select count(c) from Conversation c where c.status = :waiting", Long.class)
            .setParameter("waiting", ConversationStatus.WAITING_FOR_STAFF)
            .getSingleResult();
    Optional<Instant> longest =
        entityManager
            .createQuery(
                "select c.waitingSince from Conversation c where c.status = :waiting"
                    + " order by c.waitingSince",
                Instant.class)
            .setParameter("waiting", ConversationStatus.WAITING_FOR_STAFF)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    return new StaffQueueLoad(waiting, longest);
  }

  @Override
  public int queuePosition(Conversation conversation) {
    if (conversation.waitingSince().isEmpty()) {
      return 0;
    }
    Instant since = conversation.waitingSince().get();
    Long ahead =
        entityManager
            .createQuery(
                "select count(c) from Conversation c where c.status = :waiting"
                    + " and c.waitingSince < :since",
                Long.class)
            .setParameter("waiting", ConversationStatus.WAITING_FOR_STAFF)
            .setParameter("since", since)
            .getSingleResult();
    return ahead.intValue() + 1;
  }
}
