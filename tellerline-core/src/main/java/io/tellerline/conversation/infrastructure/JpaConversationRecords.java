package io.tellerline.conversation.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.ConversationRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Erasure of what conversation keeps about a customer besides her messages. Notes stay as rows
 * (that a note was written, by whom and when, is part of the service record) with the text
 * replaced; corrections, pending actions' parameters and open tasks are deleted (without their text
 * they are worth nothing); a rating keeps its score, not its comment.
 */
@ApplicationScoped
public class JpaConversationRecords implements ConversationRecords {

  /** What a note says once the customer it was about is erased. */
  static final String ERASED = "[erased]";

  private static final String HER_CONVERSATIONS =
      " (select id from conversation where customer_id = ?1)";

  @PersistenceContext(unitName = "tellerline")
  EntityManager entityManager;

  @Override
  public Map<String, Integer> eraseAbout(CustomerId customer) {
    Map<String, Integer> erased = new LinkedHashMap<>();
    erased.put(
        "notesErased",
        update(
            "update conversation_note set body = ?2 where body <> ?3 and conversation_id in"
                + HER_CONVERSATIONS,
            customer,
            ERASED,
            ERASED));
    erased.put(
        "correctionsDeleted",
        update(
            "delete from intent_correction where conversation_id in" + HER_CONVERSATIONS,
            customer));
    erased.put(
        "ratingCommentsErased",
        update(
            "update conversation set csat_comment = null"
                + " where customer_id = ?1 and csat_comment is not null",
            customer));
    erased.put(
        "pendingActionParametersDeleted",
        update(
            "delete from pending_action_parameter where pending_action_id in"
                + " (select id from pending_action where customer_id = ?1)",
            customer));
    // Without its parameters a pending action cannot run any more: it expires now.
    update(
        "update pending_action set status = 'EXPIRED', payment_binding = null"
            + " where customer_id = ?1 and status = 'PENDING'",
        customer);
    erased.put(
        "openTasksDeleted",
        update(
            "delete from conversation_task where conversation_id in" + HER_CONVERSATIONS,
            customer));
    // Her feedback on insights (issue 21) is about her, like a rating comment.
    erased.put(
        "insightDismissalsDeleted",
        update("delete from insight_dismissal where customer_id = ?1", customer));
    // Her decisions on recommendations (issue 21) are about her too.
    erased.put(
        "recommendationOffersDeleted",
        update("delete from recommendation_offer where customer_id = ?1", customer));
    return erased;
  }

  private int update(String sql, CustomerId customer, Object... more) {
    var query = entityManager.createNativeQuery(sql).setParameter(1, customer.value());
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 2, more[i]);
    }
    return query.executeUpdate();
  }
}
