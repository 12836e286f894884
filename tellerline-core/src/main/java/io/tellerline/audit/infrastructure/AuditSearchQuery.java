package io.tellerline.audit.infrastructure;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.audit.application.AuditSearch;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A compliance officer's search of the audit trail as one SQL query: every criterion a bound
 * parameter (payload fields through PostgreSQL's jsonb operators), newest first.
 */
final class AuditSearchQuery {

  private final StringBuilder sql =
      new StringBuilder(
          "select e.id, l.leaf_index, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
              + " e.payload from audit_event e left join audit_leaf l on l.event_seq = e.seq"
              + " where true");
  private final List<Object> parameters = new ArrayList<>();

  private AuditSearchQuery() {}

  static List<AuditEntry> run(AuditLogStore store, AuditSearch search, int limit)
      throws SQLException {
    AuditSearchQuery query = new AuditSearchQuery();
    search.from().ifPresent(at -> query.add(" and e.occurred_at >= ?", Timestamp.from(at)));
    search.to().ifPresent(at -> query.add(" and e.occurred_at < ?", Timestamp.from(at)));
    search.eventType().ifPresent(type -> query.add(" and e.event_type = ?", type));
    search.customer().ifPresent(c -> query.payload("customer", c));
    search.intent().ifPresent(i -> query.payload("intent", i));
    search.outcome().ifPresent(o -> query.payload("outcome", o));
    search.modelVersion().ifPresent(m -> query.payload("modelVersion", m));
    query.sql.append(" order by e.seq desc limit ").append(limit);
    return query.entries(store);
  }

  private List<AuditEntry> entries(AuditLogStore store) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement query = store.connection().prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
    }
    return entries;
  }

  /** The field is a fixed name from this class, never user input; only the value is bound. */
  private void payload(String field, String value) {
    add(" and e.payload::jsonb ->> '" + field + "' = ?", value);
  }

  private void add(String clause, Object value) {
    sql.append(clause);
    parameters.add(value);
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    long leaf = row.getLong(2);
    Optional<Long> leafIndex = row.wasNull() ? Optional.empty() : Optional.of(leaf);
    Object conversation = row.getObject(6);
    return new AuditEntry(
        row.getObject(1, UUID.class),
        leafIndex,
        row.getTimestamp(3).toInstant(),
        row.getString(4),
        row.getString(5),
        Optional.ofNullable(conversation).map(value -> UUID.fromString(value.toString())),
        row.getString(7));
  }
}
