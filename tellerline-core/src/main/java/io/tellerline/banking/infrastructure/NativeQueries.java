package io.tellerline.banking.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Positional native SQL for the demo core bank's adapters: parameters are ?1, ?2, … in order. */
final class NativeQueries {

  private NativeQueries() {}

  static List<Object[]> rows(EntityManager entityManager, String sql, Object... parameters) {
    List<?> rows = bind(entityManager.createNativeQuery(sql), parameters).getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  static int update(EntityManager entityManager, String sql, Object... parameters) {
    return bind(entityManager.createNativeQuery(sql), parameters).executeUpdate();
  }

  private static Query bind(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
