package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleStepUp;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Eventually;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.it.support.TextColumnScan;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.crypto.FieldKeyRing;
import io.tellerline.privacy.infrastructure.KeystoreMasterKeys;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data end to end on a real Payara Micro with a configured keystore: PII-laden messages go
 * through the API; the server log and every text column of the database are scanned for the
 * originals (zero hits allowed; only the core-banking customer record holds the customer's own name
 * and address); the originals are decrypted independently with the keystore's keys; the master key
 * is rotated on restart and data keys are re-wrapped; a teller reveals a value after step-up; a
 * compliance officer erases the customer and nothing can be revealed any more, while the audit log
 * still verifies.
 */
class PersonalDataIT {

  private static final int PORT = 18482;
  private static final String CHLOE = "a0000000-0000-4000-8000-000000000003";
  private static final char[] PASSWORD = "it-keystore-password".toCharArray();

  @TempDir static Path dir;

  private static final String IBAN = iban("DE", "500105170648489890");
  private static final String IBAN_TYPED = grouped(IBAN);
  private static final List<String> MESSAGES =
      List.of(
          "Hi, this is Chloé Clarke. Please send 120 EUR to "
              + IBAN_TYPED
              + " and why was my card 4111 1111 1111 1111 charged twice?",
          "My e-mail is chloe.clarke@example.org and my phone is +44 20 7946 0958,"
              + " acct 0987654321.",
          "For the tax form: SSN 536-22-8147, NI number AB 12 34 56 C, Steuer-ID 86095742719,"
              + " I was born on 12.03.1985.",
          "I moved to 22 Baker Street, London NW1 6XE last month.",
          // Card secrets (PCI DSS 3.3): removed before anything is stored or logged, not even kept
          // encrypted.
          "Payment declined: the security code on the back is 739 and it expires 11/29.");

  /** What must never appear in clear outside the customer's core-banking record. */
  private static final List<String> ORIGINALS =
      List.of(
          IBAN,
          IBAN_TYPED,
          "4111 1111 1111 1111",
          "4111111111111111",
          "chloe.clarke@example.org",
          "7946 0958",
          "79460958",
          "0987654321",
          "536-22-8147",
          "536228147",
          "AB 12 34 56 C",
          "AB123456C",
          "86095742719",
          "12.03.1985",
          "back is 739",
          "expires 11/29");

  private static final List<String> NAME_AND_ADDRESS =
      List.of("Chloé Clarke", "Clarke", "Baker Street", "NW1 6XE");

  private static final byte[] MASTER_A = random();
  private static final byte[] MASTER_B = random();
  private static final byte[] FF1 = random();
  private static final byte[] HMAC = random();

  @BeforeAll
  static void forgetEarlierDataKeys() throws Exception {
    // Other tests' server uses the DEV-ONLY keystore; Chloé starts here without data keys.
    destroyDataKeysOfChloe();
  }

  @AfterAll
  static void leaveNoKeysOfThisKeystore() throws Exception {
    destroyDataKeysOfChloe();
  }

  @Test
  void personalDataIsTokenizedEncryptedRotatedRevealedAndErased() throws Exception {
    Path keystoreA = keystore("a.p12", Map.of("master-a", MASTER_A));
    Path firstLog = dir.resolve("first.log");
    String conversation;
    try (MicroProcess server = MicroProcess.start(PORT, firstLog, config(keystoreA, "master-a"))) {
      String token = new KeycloakLogin(DemoUser.named("chloe")).signIn();
      conversation = start(server, token);
      for (String message : MESSAGES) {
        JsonObject turn = say(server, token, conversation, message);
        String shown = turn.getJsonArray("messages").getJsonObject(0).getString("body");
        assertNoOriginalIn("the customer's message as the API returns it", shown);
      }
      String transcript =
          Http.get(server.base() + "api/conversations/" + conversation, token).body();
      assertNoOriginalIn("the transcript", transcript);
      assertTrue(transcript.contains("\u2022\u2022\u2022\u2022 1111"), transcript);
      assertTrue(transcript.contains("[EMAIL]"), transcript);
    }
    assertNoOriginalInTheDatabase();
    assertNoOriginalIn("the server log", Files.readString(firstLog));
    Map<String, String> decrypted = decryptAll(conversation, Map.of("master-a", MASTER_A));
    assertEveryOriginalKept(decrypted.values());

    Path keystoreB = keystore("b.p12", Map.of("master-a", MASTER_A, "master-b", MASTER_B));
    Path secondLog = dir.resolve("second.log");
    try (MicroProcess server = MicroProcess.start(PORT, secondLog, config(keystoreB, "master-b"))) {
      awaitRewrapped("master-a");
      assertEquals(
          decrypted, decryptAll(conversation, Map.of("master-b", MASTER_B)), "after re-wrapping");
      assertTrue(
          BankDatabase.count(
                  "select count(*) from audit_event where event_type = 'DATA_KEYS_REWRAPPED'"
                      + " and payload like '%\"toMasterKey\":\"master-b\"%'")
              >= 1);

      String emailValue = valueIdOfType(conversation, "EMAIL");
      KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
      // Need-to-know: a teller reveals values only in a conversation she serves.
      String chloe = new KeycloakLogin(DemoUser.named("chloe")).signIn();
      HttpResponse<String> queued =
          Http.postJson(
              server.base() + "api/conversations/" + conversation + "/handover", chloe, "");
      assertEquals(200, queued.statusCode(), queued.body());
      String claimed =
          tessa
              .submit(
                  server.base() + "console/conversation.xhtml?id=" + conversation,
                  "serve",
                  "serve:claim")
              .body();
      assertTrue(claimed.contains("You serve this conversation now."), claimed);
      String revealed = reveal(server, tessa, conversation, emailValue);
      assertTrue(revealed.contains("chloe.clarke@example.org"), revealed);
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from pii_reveal where protected_value_id = ?",
              UUID.fromString(emailValue)));
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from audit_event where event_type = 'PII_REVEALED'"
                  + " and actor = 'staff:tessa' and payload like ?",
              "%" + emailValue + "%"));

      String ibanSearches =
          "select count(*) from audit_event where event_type = 'CONSOLE_ACTION'"
              + " and payload like '%SEARCH_BY_VALUE%\"recognised\":\"IBAN\"%'";
      long ibanSearchesBefore = BankDatabase.count(ibanSearches);
      KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
      for (String typed : List.of("Chloe.Clarke@Example.org", IBAN)) {
        String found = search(server, sam, typed);
        assertTrue(found.contains("Conversations mentioning this value: 1."), found);
        assertTrue(found.contains(conversation), found);
      }
      assertTrue(search(server, sam, "hello").contains("Type one IBAN"));
      assertEquals(ibanSearchesBefore + 1, BankDatabase.count(ibanSearches));

      String cardToken =
          (String)
              BankDatabase.single(
                  "select token from protected_value where conversation_id = ? and pii_type = 'CARD'",
                  UUID.fromString(conversation));
      // Four eyes: one compliance officer asks, another (here the admin) approves. Other tests
      // (RetentionAndErasureIT) may have erased someone under the same two officers before.
      long erasuresByBoth = erasuresRequestedByCoraApprovedByAdam();
      String requested = requestErasure(server, new KeycloakLogin(DemoUser.named("cora")));
      assertTrue(requested.contains("Erasure requested."), requested);
      String erased = approveErasure(server, new KeycloakLogin(DemoUser.named("adam")));
      assertTrue(erased.contains("id=\"keys-destroyed\">1<"), erased);
      assertEquals(
          erasuresByBoth + 1,
          erasuresRequestedByCoraApprovedByAdam(),
          "the erasure's audit event names both officers");
      assertEquals(
          0,
          BankDatabase.count(
              "select count(*) from customer_data_key where customer_id = ?"
                  + " and (wrapped_key is not null or destroyed_at is null)",
              UUID.fromString(CHLOE)));
      assertEquals(
          0,
          BankDatabase.count(
              "select count(*) from conversation_message where strpos(body, ?) > 0", cardToken));
      assertEquals(
          0,
          BankDatabase.count(
              "select count(*) from protected_value where strpos(token, ?) > 0", cardToken));
      String refused = reveal(server, tessa, conversation, emailValue);
      assertTrue(refused.contains("was erased"), refused);
      assertFalse(refused.contains("class=\"revealed-value\""), refused);

      HttpResponse<String> verified =
          new KeycloakLogin(DemoUser.named("cora"))
              .submit(
                  server.base() + "console/compliance/audit.xhtml", "verify", "verify:verify-log");
      assertTrue(verified.body().contains("VERIFIED:"), verified.body());
      assertFalse(verified.body().contains("NOT VERIFIED"), verified.body());
    }
    assertNoOriginalInTheDatabase();
    assertNoOriginalIn("the second server log", Files.readString(secondLog));
  }

  private static long erasuresRequestedByCoraApprovedByAdam() throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'CUSTOMER_DATA_ERASED'"
            + " and actor = 'staff:adam' and payload like ? and payload like ?",
        "%\"requestedBy\":\"cora\"%",
        "%\"approvedBy\":\"adam\"%");
  }

  // --- the scans ------------------------------------------------------------------------------

  private static void assertNoOriginalIn(String where, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String original : ORIGINALS) {
      assertFalse(lower.contains(original.toLowerCase(Locale.ROOT)), original + " in " + where);
    }
    for (String original : NAME_AND_ADDRESS) {
      assertFalse(lower.contains(original.toLowerCase(Locale.ROOT)), original + " in " + where);
    }
  }

  /** Every text column of every table; the customer's own core-banking record may name her. */
  private static void assertNoOriginalInTheDatabase() throws Exception {
    List<String> everywhere = new ArrayList<>(ORIGINALS);
    everywhere.addAll(NAME_AND_ADDRESS);
    TextColumnScan.Findings findings =
        TextColumnScan.scan(table -> table.equals("customer") ? ORIGINALS : everywhere);
    List<String> hits = findings.hits();
    java.util.Set<String> scanned = findings.scanned();
    assertTrue(
        scanned.containsAll(
            List.of(
                "conversation_message.body",
                "audit_event.payload",
                "protected_value.token",
                "pii_reveal.reason",
                "pending_action_parameter.value",
                "customer_erasure.reason")),
        "scanned " + scanned);
    assertEquals(List.of(), hits, "originals found in clear");
  }

  private static void assertEveryOriginalKept(java.util.Collection<String> decrypted) {
    String all = String.join("\n", decrypted);
    assertFalse(all.contains("739") || all.contains("11/29"), "a card secret kept: " + decrypted);
    for (String expected :
        List.of(
            IBAN_TYPED,
            "4111 1111 1111 1111",
            "chloe.clarke@example.org",
            "+44 20 7946 0958",
            "0987654321",
            "536-22-8147",
            "AB 12 34 56 C",
            "86095742719",
            "12.03.1985",
            "Chloé Clarke",
            "Baker Street")) {
      assertTrue(all.contains(expected), expected + " not among the kept originals: " + decrypted);
    }
    for (String value : decrypted) {
      assertTrue(
          MESSAGES.stream().anyMatch(message -> message.contains(value)),
          value + " is exactly as the customer typed it");
    }
  }

  /** Decrypts every protected value of the conversation with the given master keys only. */
  private static Map<String, String> decryptAll(String conversation, Map<String, byte[]> masters)
      throws Exception {
    String active = masters.keySet().iterator().next();
    FieldCipher master = new FieldCipher(FieldKeyRing.of(masters, active));
    Map<String, String> values = new HashMap<>();
    try (Connection db = BankDatabase.connectAsOwner();
        PreparedStatement query =
            db.prepareStatement(
                "select v.id, v.ciphertext, k.key_id, k.wrapped_key from protected_value v"
                    + " join customer_data_key k on k.key_id = v.data_key_id"
                    + " where v.conversation_id = ?")) {
      query.setObject(1, UUID.fromString(conversation));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          String keyId = row.getString(3);
          byte[] dataKey = master.open(row.getString(4), "customer_data_key/" + keyId);
          FieldCipher cipher = new FieldCipher(FieldKeyRing.of(Map.of(keyId, dataKey), keyId));
          String id = row.getString(1);
          values.put(id, cipher.decrypt(row.getString(2), "protected_value/" + id));
        }
      }
    }
    assertTrue(values.size() >= 11, "protected values: " + values.size());
    return values;
  }

  // --- the steps ------------------------------------------------------------------------------

  private static String start(MicroProcess server, String token) {
    HttpResponse<String> started =
        Http.post(server.base() + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private static JsonObject say(
      MicroProcess server, String token, String conversation, String text) {
    HttpResponse<String> answered =
        Http.postJson(
            server.base() + "api/conversations/" + conversation + "/messages",
            token,
            Json.object("text", text).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    return Json.parse(answered.body());
  }

  private static void awaitRewrapped(String oldMaster) throws Exception {
    Eventually.within(Duration.ofSeconds(60))
        .until(
            () ->
                BankDatabase.count(
                    "select count(*) from customer_data_key where master_key_id = ?", oldMaster),
            wrappedByTheOld -> wrappedByTheOld == 0,
            "every data key to be re-wrapped");
  }

  private static String valueIdOfType(String conversation, String type) throws Exception {
    return BankDatabase.single(
            "select id from protected_value where conversation_id = ? and pii_type = ?",
            UUID.fromString(conversation),
            type)
        .toString();
  }

  /** Reveals one value in the console, stepping up with the one-time code when asked to. */
  private static String reveal(
      MicroProcess server, KeycloakLogin staff, String conversation, String valueId) {
    String page = server.base() + "console/conversation.xhtml?id=" + conversation;
    Map<String, String> inputs =
        Map.of(
            "reveal:value",
            valueId,
            "reveal:reason",
            "Customer asked to confirm chloe.clarke@example.org on the phone");
    return ConsoleStepUp.withStepUp(
        server.base(),
        staff,
        () -> staff.submitWith(page, "reveal", "reveal:reveal-value", inputs));
  }

  /**
   * The console's search by value: finds conversations by token, without decrypting; a teller gives
   * a reason (need-to-know).
   */
  private static String search(MicroProcess server, KeycloakLogin staff, String value) {
    HttpResponse<String> found =
        staff.submitWith(
            server.base() + "console/index.xhtml",
            "search",
            "search:find",
            Map.of("search:value", value));
    assertEquals(200, found.statusCode(), found.body());
    return found.body();
  }

  private static String requestErasure(MicroProcess server, KeycloakLogin officer) {
    String page = server.base() + "console/compliance/erasure.xhtml";
    Map<String, String> inputs =
        Map.of(
            "erasure:customer",
            CHLOE,
            "erasure:reason",
            "Erasure request GDPR-2026-0042, identity checked in branch");
    return ConsoleStepUp.withStepUp(
        server.base(),
        officer,
        () -> officer.submitWith(page, "erasure", "erasure:request", inputs));
  }

  /** Approves the pending erasure request of Chloe (a second officer). */
  private static String approveErasure(MicroProcess server, KeycloakLogin officer)
      throws Exception {
    String page = server.base() + "console/compliance/erasure.xhtml";
    String request =
        BankDatabase.single(
                "select id from approval where kind = 'CUSTOMER_ERASURE' and subject = ?"
                    + " and state = 'PENDING' order by requested_at desc limit 1",
                CHLOE)
            .toString();
    return ConsoleStepUp.withStepUp(
        server.base(),
        officer,
        () ->
            officer.submitWith(
                page, "decide", "decide:approve", Map.of("decide:request", request)));
  }

  // --- keys and data --------------------------------------------------------------------------

  private static Map<String, String> config(Path keystore, String active) {
    return Map.of(
        "TELLERLINE_PRIVACY_KEYSTORE",
        keystore.toString(),
        "TELLERLINE_PRIVACY_KEYSTORE_PASSWORD",
        new String(PASSWORD),
        "TELLERLINE_PRIVACY_MASTER_KEY",
        active);
  }

  private static Path keystore(String name, Map<String, byte[]> masters) throws Exception {
    Map<String, byte[]> keys = new HashMap<>(masters);
    keys.put("tokenization-ff1", FF1);
    keys.put("tokenization-hmac", HMAC);
    Path file = dir.resolve(name);
    KeystoreMasterKeys.write(file, PASSWORD, keys);
    return file;
  }

  private static void destroyDataKeysOfChloe() throws Exception {
    BankDatabase.update(
        "update customer_data_key set wrapped_key = null, master_key_id = null,"
            + " destroyed_at = now() where customer_id = ? and destroyed_at is null",
        UUID.fromString(CHLOE));
  }

  private static byte[] random() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** A valid IBAN (ISO 13616 check digits) for a country and BBAN. */
  private static String iban(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  private static String grouped(String iban) {
    return iban.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
