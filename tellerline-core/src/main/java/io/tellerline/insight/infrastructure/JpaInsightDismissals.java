package io.tellerline.insight.infrastructure;

import io.tellerline.insight.domain.Insight;
import io.tellerline.insight.domain.InsightDismissals;
import io.tellerline.insight.domain.InsightFeedback;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.persistence.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Table {@code insight_dismissal}: one row per customer and insight id. */
@ApplicationScoped
public class JpaInsightDismissals implements InsightDismissals {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void dismiss(CustomerId customer, Insight insight, InsightFeedback feedback, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into insight_dismissal (customer_id, insight_id, kind, rule_version, feedback,"
                + " dismissed_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
        .setParameter(1, customer.value())
        .setParameter(2, insight.id())
        .setParameter(3, insight.kind().name())
        .setParameter(4, insight.ruleVersion())
        .setParameter(5, feedback.name())
        .setParameter(6, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Set<String> dismissedBy(CustomerId customer) {
    java.util.List<?> ids =
        entityManager
            .createNativeQuery("select insight_id from insight_dismissal where customer_id = ?1")
            .setParameter(1, customer.value())
            .getResultList();
    return ids.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Dismissal> dismissalsOf(CustomerId customer) {
    return SqlRows.rows(
            entityManager,
            "select insight_id, kind, rule_version, feedback, dismissed_at"
                + " from insight_dismissal where customer_id = ?1 order by dismissed_at, insight_id",
            customer.value())
        .stream()
        .map(
            r ->
                new Dismissal(
                    String.valueOf(r[0]),
                    (String) r[1],
                    (String) r[2],
                    InsightFeedback.valueOf((String) r[3]),
                    SqlRows.instant(r[4])))
        .toList();
  }
}
