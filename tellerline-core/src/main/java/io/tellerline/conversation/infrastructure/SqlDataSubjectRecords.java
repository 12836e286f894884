package io.tellerline.conversation.infrastructure;

import static io.tellerline.platform.persistence.SqlRows.instant;
import static io.tellerline.platform.persistence.SqlRows.integer;
import static io.tellerline.platform.persistence.SqlRows.uuid;

import io.tellerline.conversation.domain.DataSubjectRecords;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.persistence.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one customer's records with plain SQL (no entities loaded: an export of 10,000 messages
 * must not fill the persistence context). The customer is parameter 1 of every query. The benchmark
 * runs the same queries over plain JDBC.
 */
@ApplicationScoped
public class SqlDataSubjectRecords implements DataSubjectRecords {

  /** Runs a query with positional parameters ({@code ?1, ?2, …}) and gives back its rows. */
  public interface RowSource {
    List<Object[]> rows(String sql, Object... parameters);
  }

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  private final RowSource source;

  public SqlDataSubjectRecords() {
    source = (sql, parameters) -> SqlRows.rows(entityManager, sql, parameters);
  }

  /** The same queries over another connection (the benchmark's plain JDBC). */
  public SqlDataSubjectRecords(RowSource source) {
    this.source = source;
  }

  @Override
  public Optional<Profile> profileOf(CustomerId customer) {
    List<Contact> contacts =
        source
            .rows(
                "select channel, value, verified_at from customer_contact where customer_id = ?1"
                    + " order by channel",
                customer.value())
            .stream()
            .map(row -> new Contact((String) row[0], (String) row[1], instant(row[2])))
            .toList();
    List<Account> accounts =
        source
            .rows(
                "select iban, product_name, currency from account where customer_id = ?1"
                    + " order by opened_on, iban",
                customer.value())
            .stream()
            .map(row -> new Account((String) row[0], (String) row[1], row[2].toString().strip()))
            .toList();
    return source
        .rows(
            "select customer_number, display_name, preferred_language, street, postcode, city"
                + " from customer where id = ?1",
            customer.value())
        .stream()
        .findFirst()
        .map(
            row ->
                new Profile(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    contacts,
                    accounts));
  }

  @Override
  public List<ConversationRecord> conversationsOf(CustomerId customer) {
    return source
        .rows(
            "select id, channel, status, language, started_at, closed_at, escalation_reason,"
                + " csat_score, csat_comment, csat_at from conversation where customer_id = ?1"
                + " order by started_at, id",
            customer.value())
        .stream()
        .map(
            row ->
                new ConversationRecord(
                    uuid(row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    instant(row[4]),
                    instant(row[5]),
                    (String) row[6],
                    row[7] == null ? null : integer(row[7]),
                    (String) row[8],
                    instant(row[9])))
        .toList();
  }

  @Override
  public int messageCountOf(CustomerId customer) {
    return integer(
        source.rows(
                "select count(*) from conversation_message m join conversation c"
                    + " on c.id = m.conversation_id where c.customer_id = ?1",
                customer.value())
            .get(0)[0]);
  }

  @Override
  public List<MessageRecord> messagesOf(CustomerId customer, UUID conversationId) {
    return source
        .rows(
            "select m.id, m.seq, m.author, m.body, m.pii_marks, m.automated, m.intent,"
                + " m.confidence, m.created_at from conversation_message m join conversation c"
                + " on c.id = m.conversation_id where c.customer_id = ?1 and c.id = ?2"
                + " order by m.seq",
            customer.value(),
            conversationId)
        .stream()
        .map(
            row ->
                new MessageRecord(
                    uuid(row[0]),
                    integer(row[1]),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (Boolean) row[5],
                    (String) row[6],
                    (BigDecimal) row[7],
                    instant(row[8])))
        .toList();
  }

  @Override
  public List<DecisionRecord> decisionsAbout(CustomerId customer) {
    return source
        .rows(
            "select e.id, e.event_type, e.occurred_at, e.conversation_id, e.payload"
                + " from audit_event e join conversation c on c.id = e.conversation_id"
                + " where c.customer_id = ?1"
                + " and e.event_type in ('AI_DECISION', 'SENSITIVE_ACTION_RESUMED')"
                + " order by e.seq",
            customer.value())
        .stream()
        .map(
            row ->
                new DecisionRecord(
                    uuid(row[0]), (String) row[1], instant(row[2]), uuid(row[3]), (String) row[4]))
        .toList();
  }

  @Override
  public List<RevealRecord> revealsOf(CustomerId customer) {
    return source
        .rows(
            "select r.staff_name, r.revealed_at, r.expires_at, r.reason, v.pii_type,"
                + " v.conversation_id, v.message_id from pii_reveal r join protected_value v"
                + " on v.id = r.protected_value_id where v.customer_id = ?1"
                + " order by r.revealed_at, r.id",
            customer.value())
        .stream()
        .map(
            row ->
                new RevealRecord(
                    (String) row[0],
                    instant(row[1]),
                    instant(row[2]),
                    (String) row[3],
                    (String) row[4],
                    uuid(row[5]),
                    uuid(row[6])))
        .toList();
  }
}
