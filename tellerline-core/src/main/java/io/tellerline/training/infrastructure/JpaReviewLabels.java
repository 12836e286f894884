package io.tellerline.training.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.domain.PiiMarks;
import io.tellerline.training.domain.DatasetRowSource;
import io.tellerline.training.domain.LabelCandidate;
import io.tellerline.training.domain.ReviewItem;
import io.tellerline.training.domain.ReviewLabel;
import io.tellerline.training.domain.ReviewLabels;
import io.tellerline.training.domain.ReviewReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The review inbox over {@code conversation_message} and its decisions in {@code review_label}
 * (V28). Text leaves here masked: the stored body holds tokens, which {@link PiiMarks#mask}
 * replaces by placeholders; nothing is decrypted.
 */
@ApplicationScoped
public class JpaReviewLabels implements ReviewLabels {

  /** The label a turn gets when no intent fits (the classifier's out-of-scope class). */
  static final String OUT_OF_SCOPE = "oos";

  private static final int BADLY_RATED = 2;

  private static final String WAITING =
      "select m.id, m.body, m.pii_marks, m.intent, m.confidence, v.language, v.customer_id,"
          + " c.id, c.corrected_intent, v.csat_score from conversation_message m"
          + " join conversation v on v.id = m.conversation_id"
          + " left join intent_correction c on c.message_id = m.id"
          + " where m.author = 'CUSTOMER' and m.intent is not null"
          + " and (m.intent = ?1 or m.confidence < ?2 or c.id is not null or v.csat_score <= ?3)"
          + " and not exists (select 1 from review_label r where r.message_id = m.id)"
          + " and not exists (select 1 from customer_erasure e where e.customer_id = v.customer_id)";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<ReviewItem> waiting(double lowConfidence, int limit) {
    Query query =
        entityManager
            .createNativeQuery(WAITING + " order by m.created_at desc, m.id limit ?4")
            .setParameter(4, limit);
    return items(query, lowConfidence);
  }

  @Override
  public List<ReviewItem> waitingAmong(Set<UUID> messageIds, double lowConfidence) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    Query query =
        entityManager
            .createNativeQuery(
                WAITING + " and m.id = any(cast(?4 as uuid[])) order by m.created_at desc, m.id")
            .setParameter(
                4, "{" + String.join(",", messageIds.stream().map(UUID::toString).toList()) + "}");
    return items(query, lowConfidence);
  }

  private List<ReviewItem> items(Query query, double lowConfidence) {
    List<?> rows =
        query
            .setParameter(1, OUT_OF_SCOPE)
            .setParameter(2, BigDecimal.valueOf(lowConfidence))
            .setParameter(3, BADLY_RATED)
            .getResultList();
    List<ReviewItem> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      BigDecimal confidence = (BigDecimal) c[4];
      String intent = (String) c[3];
      List<ReviewReason> reasons = new ArrayList<>();
      if (OUT_OF_SCOPE.equals(intent)) {
        reasons.add(ReviewReason.NOT_UNDERSTOOD);
      }
      if (confidence != null && confidence.doubleValue() < lowConfidence) {
        reasons.add(ReviewReason.LOW_CONFIDENCE);
      }
      if (c[7] != null) {
        reasons.add(ReviewReason.CORRECTED);
      }
      if (c[9] != null && ((Number) c[9]).intValue() <= BADLY_RATED) {
        reasons.add(ReviewReason.RATED_BADLY);
      }
      items.add(
          new ReviewItem(
              uuid(c[0]),
              (String) c[5],
              PiiMarks.parse((String) c[2]).mask((String) c[1]),
              intent,
              confidence,
              c[7] == null ? null : uuid(c[7]),
              (String) c[8],
              reasons,
              new CustomerId(uuid(c[6]))));
    }
    return items;
  }

  @Override
  public void add(ReviewLabel label) {
    entityManager
        .createNativeQuery(
            "insert into review_label (id, message_id, correction_id, source, status, language,"
                + " intent, text, decided_by, decided_at) values (?1, cast(?2 as uuid),"
                + " cast(?3 as uuid), ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, label.id())
        .setParameter(2, label.messageId() == null ? null : label.messageId().toString())
        .setParameter(3, label.correctionId() == null ? null : label.correctionId().toString())
        .setParameter(4, label.source().name())
        .setParameter(5, label.status().name())
        .setParameter(6, label.language())
        .setParameter(7, label.intent())
        .setParameter(8, label.text())
        .setParameter(9, label.decidedBy())
        .setParameter(10, Timestamp.from(label.decidedAt()))
        .executeUpdate();
  }

  @Override
  public List<LabelCandidate> approved() {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select r.id, r.source, r.correction_id, r.language, r.intent, r.text, m.body,"
                    + " m.pii_marks, v.customer_id, e.customer_id from review_label r"
                    + " left join conversation_message m on m.id = r.message_id"
                    + " left join conversation v on v.id = m.conversation_id"
                    + " left join customer_erasure e on e.customer_id = v.customer_id"
                    + " where r.status = 'APPROVED' order by r.decided_at, r.id")
            .getResultList();
    List<LabelCandidate> candidates = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      DatasetRowSource source = DatasetRowSource.valueOf((String) c[1]);
      String text =
          source == DatasetRowSource.STAFF_WRITTEN
              ? (String) c[5]
              : PiiMarks.parse((String) c[7]).mask((String) c[6]);
      candidates.add(
          new LabelCandidate(
              uuid(c[0]),
              source,
              c[2] == null ? null : uuid(c[2]),
              (String) c[3],
              (String) c[4],
              text,
              Optional.ofNullable(c[8]).map(id -> new CustomerId(uuid(id))),
              c[9] != null));
    }
    return candidates;
  }

  private static UUID uuid(Object column) {
    return column instanceof UUID id ? id : UUID.fromString(column.toString());
  }
}
