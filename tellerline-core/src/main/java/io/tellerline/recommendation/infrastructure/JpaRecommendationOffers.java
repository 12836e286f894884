package io.tellerline.recommendation.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.persistence.SqlRows;
import io.tellerline.recommendation.domain.Decision;
import io.tellerline.recommendation.domain.FairnessReport;
import io.tellerline.recommendation.domain.Recommendation;
import io.tellerline.recommendation.domain.RecommendationOffers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Table {@code recommendation_offer}: one row per customer and product offered. */
@ApplicationScoped
public class JpaRecommendationOffers implements RecommendationOffers {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void offered(CustomerId customer, Recommendation recommendation, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into recommendation_offer (customer_id, product_code, rule_version, offered_at)"
                + " values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, customer.value())
        .setParameter(2, recommendation.productCode())
        .setParameter(3, recommendation.ruleVersion())
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void decided(CustomerId customer, String productCode, Decision decision, Instant at) {
    entityManager
        .createNativeQuery(
            "update recommendation_offer set decision = ?3, decided_at = ?4"
                + " where customer_id = ?1 and product_code = ?2 and decision is null")
        .setParameter(1, customer.value())
        .setParameter(2, productCode)
        .setParameter(3, decision.name())
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Set<String> decidedBy(CustomerId customer) {
    List<?> codes =
        entityManager
            .createNativeQuery(
                "select product_code from recommendation_offer"
                    + " where customer_id = ?1 and decision is not null")
            .setParameter(1, customer.value())
            .getResultList();
    return codes.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Offer> offersTo(CustomerId customer) {
    return SqlRows.rows(
            entityManager,
            "select product_code, rule_version, offered_at, decision, decided_at"
                + " from recommendation_offer where customer_id = ?1 order by offered_at, product_code",
            customer.value())
        .stream()
        .map(
            r ->
                new Offer(
                    (String) r[0],
                    (String) r[1],
                    SqlRows.instant(r[2]),
                    r[3] == null ? null : Decision.valueOf((String) r[3]),
                    SqlRows.instant(r[4])))
        .toList();
  }

  @Override
  public List<FairnessReport.Customer> population() {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select c.preferred_language, coalesce((select min(opened_on) from account a"
                    + " where a.customer_id = c.id), cast(c.created_at as date)),"
                    + " count(o.product_code), count(o.decision),"
                    + " count(o.decision) filter (where o.decision = 'ACCEPTED')"
                    + " from customer c left join recommendation_offer o on o.customer_id = c.id"
                    + " group by c.id")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new FairnessReport.Customer(
                    (String) r[0],
                    ((Date) r[1]).toLocalDate(),
                    ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue()))
        .toList();
  }
}
