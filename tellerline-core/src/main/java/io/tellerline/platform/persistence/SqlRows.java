package io.tellerline.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Positional native SQL (?1, ?2, … in order) and the column types PostgreSQL gives back. */
public final class SqlRows {

  private SqlRows() {}

  public static List<Object[]> rows(EntityManager entityManager, String sql, Object... parameters) {
    return rows(bind(entityManager.createNativeQuery(sql), parameters));
  }

  /** The rows of a query whose parameters are bound already. */
  public static List<Object[]> rows(Query query) {
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  public static int update(EntityManager entityManager, String sql, Object... parameters) {
    return bind(entityManager.createNativeQuery(sql), parameters).executeUpdate();
  }

  /** A point in time as a timestamptz parameter. */
  public static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant instant(Object column) {
    if (column == null) {
      return null;
    }
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) column;
  }

  public static UUID uuid(Object column) {
    return column == null
        ? null
        : column instanceof UUID id ? id : UUID.fromString(column.toString());
  }

  public static int integer(Object column) {
    return column == null ? 0 : ((Number) column).intValue();
  }

  private static Query bind(Query query, Object... parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
