package io.tellerline.banking.infrastructure;

import io.tellerline.banking.domain.CardLimit;
import io.tellerline.banking.domain.CardLimitChange;
import io.tellerline.banking.domain.CardLimitChange.Status;
import io.tellerline.banking.domain.CardLimitType;
import io.tellerline.banking.domain.CardLimits;
import io.tellerline.banking.domain.Money;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The demo bank's card limits (db-migrations/V13): each card's daily limits and its product's
 * ranges. Every query joins to the customer's accounts, so a customer only ever reaches their own
 * cards; the range is checked again in the update itself.
 */
@ApplicationScoped
public class DemoCardLimits implements CardLimits {

  private static final String OWN_LIMITS =
      "select l.limit_type, l.amount, l.currency, p.min_amount, p.max_amount from card_limit l"
          + " join card c on c.id = l.card_id join account a on a.id = c.account_id"
          + " join card_product_limit p on p.product_code = c.product_code"
          + " and p.limit_type = l.limit_type and p.currency = l.currency"
          + " where a.customer_id = ?1 and c.id = ?2";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject Clock clock;

  @Override
  public List<CardLimit> limitsOf(CustomerId customer, UUID cardId) {
    List<?> rows =
        NativeQueries.sql(entityManager, OWN_LIMITS + " order by l.limit_type")
            .setParameter(1, customer.value())
            .setParameter(2, cardId)
            .getResultList();
    return rows.stream().map(row -> toLimit((Object[]) row)).toList();
  }

  @Override
  public CardLimitChange change(
      CustomerId customer, UUID cardId, CardLimitType type, Money amount) {
    List<?> current =
        NativeQueries.sql(entityManager, OWN_LIMITS + " and l.limit_type = ?3 for update of l")
            .setParameter(1, customer.value())
            .setParameter(2, cardId)
            .setParameter(3, type.name())
            .getResultList();
    if (current.isEmpty()) {
      return CardLimitChange.of(Status.NO_SUCH_LIMIT);
    }
    CardLimit limit = toLimit((Object[]) current.get(0));
    if (!limit.allows(amount)) {
      return CardLimitChange.of(Status.OUT_OF_RANGE);
    }
    Instant now = clock.instant();
    NativeQueries.sql(
            entityManager,
            "update card_limit set amount = ?1, updated_at = ?2 where card_id = ?3"
                + " and limit_type = ?4")
        .setParameter(1, amount.amount())
        .setParameter(2, java.sql.Timestamp.from(now))
        .setParameter(3, cardId)
        .setParameter(4, type.name())
        .executeUpdate();
    UUID change = UUID.randomUUID();
    NativeQueries.sql(
            entityManager,
            "insert into card_limit_change (id, card_id, limit_type, old_amount, new_amount,"
                + " currency, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, change)
        .setParameter(2, cardId)
        .setParameter(3, type.name())
        .setParameter(4, limit.amount().amount())
        .setParameter(5, amount.amount())
        .setParameter(6, amount.currency().getCurrencyCode())
        .setParameter(7, java.sql.Timestamp.from(now))
        .executeUpdate();
    return CardLimitChange.changed(change);
  }

  private static CardLimit toLimit(Object[] row) {
    Currency currency = Currency.getInstance(row[2].toString().strip());
    return new CardLimit(
        CardLimitType.valueOf((String) row[0]),
        new Money((BigDecimal) row[1], currency),
        new Money((BigDecimal) row[3], currency),
        new Money((BigDecimal) row[4], currency));
  }
}
