package io.tellerline.it.support;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A customer created directly in the database for one test run (fresh ids, a fresh IBAN), with rows
 * in the tables Tellerline keeps about her, dated as the test needs: what the application would
 * have written over the years, seeded through JDBC because the API cannot write the past. Nobody
 * signs in as her, so her data key's wrapped material is a placeholder under a master key no
 * instance holds (no instance touches it).
 */
public final class SeededCustomer {

  public final UUID id = UUID.randomUUID();
  public final String iban = iban("DE", digits(18));
  public final UUID account = UUID.randomUUID();
  public final String keyId = "dk-" + id + "-1";

  private SeededCustomer() {}

  /** Creates the customer, her account and her live data key (created at {@code keyCreated}). */
  public static SeededCustomer create(
      String name, String street, String postcode, String city, Instant keyCreated)
      throws SQLException {
    SeededCustomer customer = new SeededCustomer();
    customer.insert(
        "insert into customer (id, customer_number, idp_subject, display_name, street, postcode,"
            + " city) values (?, ?, ?, ?, ?, ?, ?)",
        customer.id,
        "IT" + digits(12),
        "it-" + customer.id,
        name,
        street,
        postcode,
        city);
    customer.insert(
        "insert into account (id, customer_id, iban, product_name, currency, balance, opened_on)"
            + " values (?, ?, ?, 'Current Account', 'EUR', 100.00, current_date)",
        customer.account,
        customer.id,
        customer.iban);
    customer.insert(
        "insert into customer_data_key (key_id, customer_id, generation, wrapped_key,"
            + " master_key_id, created_at) values (?, ?, 1, 'placeholder', 'master-held-by-none', ?)",
        customer.keyId,
        customer.id,
        at(keyCreated));
    return customer;
  }

  /** A conversation last active at {@code when}, closed; optionally with a rating comment. */
  public UUID conversation(Instant when, String ratingComment) throws SQLException {
    UUID conversation = UUID.randomUUID();
    insert(
        "insert into conversation (id, customer_id, channel, status, language, started_at,"
            + " last_activity_at, closed_at, csat_score, csat_comment, csat_at)"
            + " values (?, ?, 'WEB_CHAT', 'CLOSED', 'en', ?, ?, ?, 4, ?, ?)",
        conversation,
        id,
        at(when.minus(Duration.ofMinutes(10))),
        at(when),
        at(when),
        ratingComment,
        at(when));
    return conversation;
  }

  /** A customer message holding one tokenized phone number (as the application stores it). */
  public UUID message(UUID conversation, int seq, Instant when) throws SQLException {
    UUID message = UUID.randomUUID();
    String body = "Call me on [PHONE:0123456789abcdef] please";
    insert(
        "insert into conversation_message (id, conversation_id, seq, author, body, automated,"
            + " created_at, pii_marks) values (?, ?, ?, 'CUSTOMER', ?, false, ?, 'PHONE:11:35')",
        message,
        conversation,
        seq,
        body,
        at(when));
    return message;
  }

  /** The encrypted original of a message's value (placeholder ciphertext under her key). */
  public UUID protectedValue(UUID conversation, UUID message, Instant when) throws SQLException {
    UUID value = UUID.randomUUID();
    insert(
        "insert into protected_value (id, customer_id, conversation_id, message_id, ordinal,"
            + " pii_type, token, ciphertext, data_key_id, created_at)"
            + " values (?, ?, ?, ?, 0, 'PHONE', '[PHONE:0123456789abcdef]', 'placeholder', ?, ?)",
        value,
        id,
        conversation,
        message,
        keyId,
        at(when));
    return value;
  }

  public UUID reveal(UUID value, String reason, Instant when) throws SQLException {
    UUID reveal = UUID.randomUUID();
    insert(
        "insert into pii_reveal (id, protected_value_id, staff_subject, staff_name, reason,"
            + " revealed_at, expires_at) values (?, ?, 'it-teller', 'tessa', ?, ?, ?)",
        reveal,
        value,
        reason,
        at(when),
        at(when.plus(Duration.ofMinutes(5))));
    return reveal;
  }

  public UUID note(UUID conversation, String body, Instant when) throws SQLException {
    UUID note = UUID.randomUUID();
    insert(
        "insert into conversation_note (id, conversation_id, author, body, created_at)"
            + " values (?, ?, 'tessa', ?, ?)",
        note,
        conversation,
        body,
        at(when));
    return note;
  }

  public UUID correction(UUID conversation, UUID message, String maskedText, Instant when)
      throws SQLException {
    UUID correction = UUID.randomUUID();
    insert(
        "insert into intent_correction (id, message_id, conversation_id, language, masked_text,"
            + " predicted_intent, corrected_intent, corrected_by, corrected_at)"
            + " values (?, ?, ?, 'en', ?, 'greeting', 'transfer', 'sam', ?)",
        correction,
        message,
        conversation,
        maskedText,
        at(when));
    return correction;
  }

  /** A pending action (expired unless {@code pending}) with one parameter. */
  public UUID pendingAction(UUID conversation, String parameter, Instant when, boolean pending)
      throws SQLException {
    UUID action = UUID.randomUUID();
    insert(
        "insert into pending_action (id, conversation_id, customer_id, intent, status, created_at,"
            + " expires_at) values (?, ?, ?, 'transfer', ?, ?, ?)",
        action,
        conversation,
        id,
        pending ? "PENDING" : "EXPIRED",
        at(when),
        at(when.plus(Duration.ofMinutes(pending ? 600 : 10))));
    insert(
        "insert into pending_action_parameter (pending_action_id, name, value) values (?, 'iban', ?)",
        action,
        parameter);
    return action;
  }

  public void openTask(UUID conversation, String slots, Instant when) throws SQLException {
    insert(
        "insert into conversation_task (conversation_id, task, slots, awaiting, updated_at)"
            + " values (?, 'transfer', ?, 'amount', ?)",
        conversation,
        slots,
        at(when));
  }

  /** A saved payee, a scheduled transfer and a standing order to it, from her account. */
  public UUID payeeWithTransfers(String name, String payeeIban, String reference)
      throws SQLException {
    UUID payee = UUID.randomUUID();
    insert(
        "insert into payee (id, customer_id, name, iban) values (?, ?, ?, ?)",
        payee,
        id,
        name,
        payeeIban);
    insert(
        "insert into scheduled_transfer (id, account_id, payee_id, amount, currency, execute_on,"
            + " reference) values (?, ?, ?, 25.00, 'EUR', current_date + 30, ?)",
        UUID.randomUUID(),
        account,
        payee,
        reference);
    insert(
        "insert into standing_order (id, account_id, payee_id, amount, currency, rhythm,"
            + " first_payment_on, reference) values (?, ?, ?, 50.00, 'EUR', 'MONTHLY',"
            + " current_date + 3, ?)",
        UUID.randomUUID(),
        account,
        payee,
        reference);
    return payee;
  }

  /**
   * Her verified phone number in the core-banking contact details (the bank's system of record).
   */
  public void contactPhone(String phone) throws SQLException {
    insert(
        "insert into customer_contact (customer_id, channel, value, verified_at)"
            + " values (?, 'PHONE', ?, now())",
        id,
        phone);
  }

  /** A rate-limit counter of hers, for a window that began at {@code when}. */
  public void usageCounter(Instant when) throws SQLException {
    insert(
        "insert into usage_counter (budget, subject, window_start, used) values"
            + " ('messages-per-minute', ?, ?, 3)",
        "it-" + id,
        at(when));
  }

  private void insert(String sql, Object... parameters) throws SQLException {
    try (Connection connection = BankDatabase.connectAsOwner();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static Timestamp at(Instant when) {
    return Timestamp.from(when);
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  /** A valid IBAN (ISO 13616 check digits) for a country and BBAN. */
  public static String iban(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  /** A fresh random valid German IBAN. */
  public static String freshIban() {
    return iban("DE", digits(18));
  }
}
