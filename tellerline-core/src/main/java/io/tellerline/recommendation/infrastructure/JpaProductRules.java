package io.tellerline.recommendation.infrastructure;

import io.tellerline.kernel.CustomerId;
import io.tellerline.recommendation.domain.CustomerTenure;
import io.tellerline.recommendation.domain.ProductCategory;
import io.tellerline.recommendation.domain.ProductRule;
import io.tellerline.recommendation.domain.ProductRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Table {@code product_rule}, only products with a published knowledge-base article in some
 * language; and a customer's tenure from {@code account.opened_on}.
 */
@ApplicationScoped
public class JpaProductRules implements ProductRules, CustomerTenure {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public Map<String, ProductRule> published() {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select p.product_code, p.category, p.held_as, p.min_customer_days,"
                    + " p.article_slug from product_rule p where exists (select 1 from kb_article"
                    + " k where k.slug = p.article_slug and k.status = 'PUBLISHED')")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new ProductRule(
                    (String) r[0],
                    ProductCategory.valueOf((String) r[1]),
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4]))
        .collect(Collectors.toUnmodifiableMap(ProductRule::code, Function.identity()));
  }

  @Override
  public java.time.LocalDate since(CustomerId customer) {
    Object since =
        entityManager
            .createNativeQuery(
                "select coalesce((select min(opened_on) from account where customer_id = c.id),"
                    + " cast(c.created_at as date)) from customer c where c.id = ?1")
            .setParameter(1, customer.value())
            .getSingleResult();
    return ((Date) since).toLocalDate();
  }
}
