package io.tellerline.banking.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.util.List;

/** Native SQL of the demo core bank's adapters: positional parameters ?1, ?2, … in order. */
final class NativeQueries {

  private NativeQueries() {}

  /**
   * A native query on the bank's tables that does not first write the persistence context's pending
   * changes. No entity maps a bank table, so nothing pending can change what such a query reads or
   * writes; flushing before it only split the conversation's writes in two, so that a chat turn
   * updated its conversation row twice and its customer message once more after inserting it. Its
   * own changes, if any, go straight to the database in the caller's transaction as before.
   */
  static Query sql(EntityManager entityManager, String sql) {
    return entityManager.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
  }

  static List<Object[]> rows(EntityManager entityManager, String sql, Object... parameters) {
    List<?> rows = bind(sql(entityManager, sql), parameters).getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  static int update(EntityManager entityManager, String sql, Object... parameters) {
    return bind(sql(entityManager, sql), parameters).executeUpdate();
  }

  private static Query bind(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
