package io.tellerline.conversation.bench;

import io.tellerline.conversation.application.DataExportAssembly;
import io.tellerline.conversation.application.DataExportDocument;
import io.tellerline.conversation.infrastructure.PdfDataExportRenderer;
import io.tellerline.conversation.infrastructure.SqlDataSubjectRecords;
import io.tellerline.kernel.CustomerId;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.platform.bench.BenchDatabase;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Export time of one customer's data with the production code ({@link DataExportAssembly} over the
 * server's queries in {@link SqlDataSubjectRecords}, the JSON document, the PDF renderer, AES-GCM
 * sealing of both): migrates a scratch database, writes {@code MESSAGES} messages for one customer
 * (conversations of 200, every customer message with its audited AI decision, every tenth with an
 * e-mail address kept encrypted) and a few for another, then times the export. Usage: {@code
 * DataExportBenchmark JDBC_URL USER PASSWORD MESSAGES}.
 */
public final class DataExportBenchmark {

  private static final int PER_CONVERSATION = 200;
  private static final SecureRandom RANDOM = new SecureRandom();

  private DataExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchDatabase database = BenchDatabase.fromArguments(args);
    int messages = Integer.parseInt(args[3]);
    database.migrate();
    byte[] keyMaterial = new byte[32];
    RANDOM.nextBytes(keyMaterial);
    UUID alice = UUID.randomUUID();
    String keyId = "dk-" + alice + "-1";
    FieldCipher cipher = new FieldCipher(FieldKeyRing.of(Map.of(keyId, keyMaterial), keyId));
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      long fillStarted = System.nanoTime();
      customer(connection, alice, "900001");
      dataKey(connection, alice, keyId);
      fill(connection, alice, messages, cipher);
      UUID other = UUID.randomUUID();
      customer(connection, other, "900002");
      fill(connection, other, 10, null);
      connection.commit();
      System.out.printf("filled %d messages in %.1f s%n", messages, seconds(fillStarted));

      for (int run = 1; run <= 3; run++) {
        long started = System.nanoTime();
        CustomerId customer = new CustomerId(alice);
        DataExportDocument document =
            DataExportAssembly.assemble(
                UUID.randomUUID(),
                Instant.now(),
                customer,
                new SqlDataSubjectRecords((sql, parameters) -> rows(connection, sql, parameters)),
                (c, conversation) -> originals(connection, cipher, conversation),
                DataExportAssembly.Choices.none(),
                (done, total) -> {});
        JsonObject json = document.build();
        double read = seconds(started);
        byte[] bytes = JsonBuilders.bytes(json);
        long pdfStarted = System.nanoTime();
        byte[] pdf = new PdfDataExportRenderer().render(json, Locale.ENGLISH);
        double rendered = seconds(pdfStarted);
        String sealedJson = cipher.seal(bytes, "data_export/x/json");
        String sealedPdf = cipher.seal(pdf, "data_export/x/pdf");
        double total = seconds(started);
        connection.rollback();
        System.out.printf(
            "run %d: %d messages, %d decisions: read and JSON %.2f s, PDF %.2f s (%d pages, %d KiB),"
                + " sealed %d + %d KiB; total %.2f s%n",
            run,
            document.messages(),
            json.getJsonArray("assistantDecisions").size(),
            read,
            rendered,
            pages(pdf),
            pdf.length >> 10,
            sealedJson.length() >> 10,
            sealedPdf.length() >> 10,
            total);
      }
      Runtime runtime = Runtime.getRuntime();
      System.out.printf("max heap %d MiB%n", runtime.maxMemory() >> 20);
    }
  }

  private static void customer(Connection connection, UUID id, String number) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into customer (id, customer_number, idp_subject, display_name,"
                + " preferred_language) values (?, ?, ?, ?, 'en')")) {
      insert.setObject(1, id);
      insert.setString(2, number);
      insert.setString(3, UUID.randomUUID().toString());
      insert.setString(4, "Bench Customer " + number);
      insert.executeUpdate();
    }
  }

  private static void dataKey(Connection connection, UUID customer, String keyId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into customer_data_key (key_id, customer_id, generation, wrapped_key,"
                + " master_key_id, created_at) values (?, ?, 1, 'bench', 'bench', now())")) {
      insert.setString(1, keyId);
      insert.setObject(2, customer);
      insert.executeUpdate();
    }
  }

  /** Conversations of 200 messages, customer and assistant in turn; decisions; kept e-mails. */
  private static void fill(Connection connection, UUID customer, int messages, FieldCipher cipher)
      throws SQLException {
    Instant at = Instant.parse("2026-01-01T08:00:00Z");
    try (PreparedStatement conversation =
            connection.prepareStatement(
                "insert into conversation (id, customer_id, channel, status, language, started_at,"
                    + " last_activity_at) values (?, ?, 'WEB_CHAT', 'CLOSED', 'en', ?, ?)");
        PreparedStatement message =
            connection.prepareStatement(
                "insert into conversation_message (id, conversation_id, seq, author, body,"
                    + " automated, intent, confidence, created_at, pii_marks) values"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement kept =
            connection.prepareStatement(
                "insert into protected_value (id, customer_id, conversation_id, message_id,"
                    + " ordinal, pii_type, token, ciphertext, data_key_id, created_at)"
                    + " values (?, ?, ?, ?, 0, 'EMAIL', ?, ?, ?, ?)");
        PreparedStatement decision =
            connection.prepareStatement(
                "insert into audit_event (id, occurred_at, event_type, actor, conversation_id,"
                    + " payload) values (?, ?, 'AI_DECISION', 'assistant', ?, ?)")) {
      UUID current = null;
      for (int i = 0; i < messages; i++) {
        int seq = i % PER_CONVERSATION + 1;
        Timestamp when = Timestamp.from(at.plusSeconds(i * 20L));
        if (seq == 1) {
          current = UUID.randomUUID();
          conversation.setObject(1, current);
          conversation.setObject(2, customer);
          conversation.setTimestamp(3, when);
          conversation.setTimestamp(4, when);
          conversation.executeUpdate();
        }
        boolean fromCustomer = seq % 2 == 1;
        UUID id = UUID.randomUUID();
        String body =
            fromCustomer
                ? "How much did I spend on groceries last month?"
                : "You spent 123.45 EUR on groceries last month (12 payments).";
        String marks = "";
        if (fromCustomer && cipher != null && i % 20 == 0) {
          String token = "[EMAIL:" + Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE) + "]";
          marks = "EMAIL:9:" + (9 + token.length());
          body = "Write to " + token + " please";
          UUID valueId = UUID.randomUUID();
          kept.setObject(1, valueId);
          kept.setObject(2, customer);
          kept.setObject(3, current);
          kept.setObject(4, id);
          kept.setString(5, token);
          kept.setString(
              6, cipher.encrypt("bench" + i + "@example.org", "protected_value/" + valueId));
          kept.setString(7, FieldCipher.keyIdOf(cipher.encrypt("x", "x")));
          kept.setTimestamp(8, when);
          kept.addBatch();
        }
        message.setObject(1, id);
        message.setObject(2, current);
        message.setInt(3, seq);
        message.setString(4, fromCustomer ? "CUSTOMER" : "ASSISTANT");
        message.setString(5, body);
        message.setBoolean(6, !fromCustomer);
        message.setString(7, fromCustomer ? "transaction_search" : null);
        message.setBigDecimal(8, fromCustomer ? new java.math.BigDecimal("0.9412") : null);
        message.setTimestamp(9, when);
        message.setString(10, marks);
        message.addBatch();
        if (fromCustomer) {
          decision.setObject(1, UUID.randomUUID());
          decision.setTimestamp(2, when);
          decision.setObject(3, current);
          decision.setString(4, payload(current, id, customer));
          decision.addBatch();
        }
        if (i % 1000 == 999 || i == messages - 1) {
          message.executeBatch();
          kept.executeBatch();
          decision.executeBatch();
        }
      }
    }
  }

  private static String payload(UUID conversation, UUID message, UUID customer) {
    return "{\"conversationId\":\""
        + conversation
        + "\",\"messageId\":\""
        + message
        + "\",\"customer\":\""
        + customer
        + "\",\"channel\":\"WEB_CHAT\",\"language\":\"en\","
        + "\"languageFromProfile\":false,\"intent\":\"transaction_search\",\"confidence\":0.9412,"
        + "\"outOfScope\":false,\"alternatives\":[{\"intent\":\"transaction_history\",\"score\":0.031},"
        + "{\"intent\":\"account_balance\",\"score\":0.012}],\"modelParts\":[{\"intent\":\"embedding\","
        + "\"score\":0.95},{\"intent\":\"maxent\",\"score\":0.91}],\"frustrated\":false,"
        + "\"frustration\":0.03,\"modelVersion\":\"intent-bench\",\"trainingDataSha256\":\""
        + "0".repeat(64)
        + "\",\"policy\":{\"action\":\"transaction_search\",\"verdict\":\"ALLOWED\","
        + "\"requiredAcr\":\"password\",\"reason\":\"ok\",\"version\":\"authn-bench\"},"
        + "\"outcome\":\"ANSWERED\",\"responseTemplate\":\"spending.total\",\"done\":{},"
        + "\"acr\":\"password\",\"latencyMicros\":4200}";
  }

  /** Decrypts one conversation's kept values as PersonalDataProtection does, by token. */
  private static Map<String, String> originals(
      Connection connection, FieldCipher cipher, UUID conversation) {
    Map<String, String> originals = new HashMap<>();
    for (Object[] row :
        rows(
            connection,
            "select id, token, ciphertext from protected_value where conversation_id = ?1",
            conversation)) {
      originals.put((String) row[1], cipher.decrypt((String) row[2], "protected_value/" + row[0]));
    }
    return originals;
  }

  /** The server's queries (positional ?1, ?2, …) over plain JDBC. */
  private static List<Object[]> rows(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement query = connection.prepareStatement(sql.replaceAll("\\?\\d+", "?"))) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = result.getObject(c + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int pages(byte[] pdf) throws java.io.IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
