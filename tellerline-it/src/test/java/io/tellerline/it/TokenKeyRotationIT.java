package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleStepUp;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Eventually;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.privacy.crypto.Ff1Cipher;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.infrastructure.KeystoreMasterKeys;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import io.tellerline.privacy.tokenization.Tokenizer;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokenization key rotation end to end on a real Payara Micro: a customer's message with an IBAN
 * and a card number is tokenized under version 1 of the tokenization keys; a new keystore adds
 * version 2 (new tokens are made under it at once); a compliance officer starts the
 * re-tokenization, which replaces the tokens in the stored message by the tokens of the same
 * originals under version 2 (computed here independently); the customer sees the same masked text;
 * staff still find the conversation by the value (under either version until the old one is
 * destroyed) and reveal it; the officer destroys version 1, and a message restored from a backup
 * taken before the rotation can no longer be found by its value, nor does the remaining key turn
 * its token back.
 */
class TokenKeyRotationIT {

  // A port the realm allows as a console redirect (PersonalDataIT uses it too; classes run one by
  // one).
  private static final int PORT = 18482;
  private static final String BASTIAN = "bastian";
  private static final char[] PASSWORD = "it-token-keys".toCharArray();
  private static final String DEV_PASSWORD = "privacy-keys-DEV-ONLY";
  private static final String DEV_MASTER = "master-dev-only-1";

  private static final String IBAN_BBAN = "210501700012345678";
  private static final String IBAN = iban("DE", IBAN_BBAN);
  private static final String IBAN_TYPED = IBAN.replaceAll("(.{4})(?!$)", "$1 ");
  private static final String CARD = "4111 1111 1111 1111";
  private static final String FOUND_ONE = "Conversations mentioning this value: 1.";

  private static final byte[] FF1_V2 = random();
  private static final byte[] HMAC_V2 = random();

  @TempDir static Path dir;

  @BeforeAll
  static void onlyKeysThisServerCanRead() throws Exception {
    // Other tests' servers (PersonalDataIT's keystores, the EAR's Payara Server) may have left
    // customers data keys under master keys of their own, which this server cannot open: their
    // values would stay under version 1 and rightly block its destruction. Here they count as
    // erased. (A fresh database has no schema until the first server starts.)
    if (!migrated()) {
      return;
    }
    BankDatabase.update(
        "update customer_data_key set wrapped_key = null, master_key_id = null,"
            + " destroyed_at = now() where destroyed_at is null and master_key_id is distinct from ?",
        DEV_MASTER);
  }

  @AfterAll
  static void laterServersStartWithVersionOneAgain() throws Exception {
    // Later tests' servers hold only version 1 (the development keystore): it must not stay
    // destroyed.
    if (migrated()) {
      BankDatabase.update("delete from tokenization_key_version");
    }
  }

  private static boolean migrated() throws Exception {
    return BankDatabase.count(
            "select count(*) from pg_tables where schemaname = 'public'"
                + " and tablename = 'tokenization_key_version'")
        > 0;
  }

  @Test
  void rotationRetokenizesAndOldTokensStopWorkingOnceTheOldKeyIsDestroyed() throws Exception {
    String conversation;
    String messageId;
    String oldBody;
    Map<String, String> oldBodies;
    String maskedBefore;
    try (MicroProcess server = MicroProcess.start(PORT, dir.resolve("v1.log"), Map.of())) {
      String token = new KeycloakLogin(DemoUser.named(BASTIAN)).signIn();
      conversation = start(server, token);
      say(
          server,
          token,
          conversation,
          "Please send 120 EUR to "
              + IBAN_TYPED
              + " and why was my card "
              + CARD
              + " charged twice?");
      messageId = firstCustomerMessage(conversation);
      oldBody = body(messageId);
      oldBodies = bodies(conversation);
      maskedBefore = maskedAsCustomerSees(server, token, conversation);
    }
    Map<String, byte[]> devKeys = devKeystore();
    Tokenizer v1 = tokenizer(devKeys.get("tokenization-ff1"), devKeys.get("tokenization-hmac"));
    Tokenizer v2 = tokenizer(FF1_V2, HMAC_V2);
    String ibanV1 = v1.tokenFor(PiiType.IBAN, IBAN_TYPED);
    String cardV1 = v1.tokenFor(PiiType.CARD, CARD);
    assertTrue(oldBody.contains(ibanV1) && oldBody.contains(cardV1), oldBody);
    assertEquals(1L, version(messageId, "IBAN"));

    Map<String, byte[]> keys = new HashMap<>(devKeys);
    keys.put("tokenization-ff1-v2", FF1_V2);
    keys.put("tokenization-hmac-v2", HMAC_V2);
    Path keystore = dir.resolve("v1-v2.p12");
    KeystoreMasterKeys.write(keystore, PASSWORD, keys);
    try (MicroProcess server = MicroProcess.start(PORT, dir.resolve("v2.log"), config(keystore))) {
      String customer = new KeycloakLogin(DemoUser.named(BASTIAN)).signIn();
      say(server, customer, conversation, "My e-mail is bastian.rotation@example.org by the way.");
      assertEquals(
          2L,
          ((Number)
                  BankDatabase.single(
                      "select token_key_version from protected_value where conversation_id = ?"
                          + " and pii_type = 'EMAIL'",
                      UUID.fromString(conversation)))
              .longValue(),
          "new tokens are made under the newest key at once");

      KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
      String started = keysPage(server, cora, "rotate", "rotate:start", Map.of());
      assertTrue(started.contains("Re-tokenization under key version 2 started"), started);
      awaitRotationCompleted();

      String newBody = body(messageId);
      Map<String, String> newBodies = bodies(conversation);
      String ibanV2 = v2.tokenFor(PiiType.IBAN, IBAN_TYPED);
      String cardV2 = v2.tokenFor(PiiType.CARD, CARD);
      assertNotEquals(ibanV1, ibanV2);
      assertEquals(oldBody.replace(ibanV1, ibanV2).replace(cardV1, cardV2), newBody);
      assertFalse(newBody.contains(ibanV1) || newBody.contains(cardV1), newBody);
      assertEquals(2L, version(messageId, "IBAN"));
      assertEquals(2L, version(messageId, "CARD"));
      assertEquals(
          ibanV2,
          BankDatabase.single(
              "select token from protected_value where message_id = ? and pii_type = 'IBAN'",
              UUID.fromString(messageId)));
      assertEquals(maskedBefore, maskedAsCustomerSees(server, customer, conversation));
      assertTrue(maskedBefore.contains("\u2022\u2022\u2022\u2022 1111"), maskedBefore);
      assertAudited("TOKEN_KEY_ROTATION_STARTED", "staff:cora", "%\"toVersion\":2%");
      assertAudited("TOKENS_RETOKENIZED", "system", "%\"toVersion\":2%");
      assertAudited("TOKEN_KEY_ROTATION_COMPLETED", "system", "%\"toVersion\":2%");

      KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
      assertTrue(search(server, sam).contains(FOUND_ONE), "found under the new key");
      setBodies(oldBodies); // rows restored from a backup taken before the rotation
      assertTrue(search(server, sam).contains(FOUND_ONE), "found under the old, live key");
      setBodies(newBodies);

      assertTrue(reveal(server, conversation, messageId).contains(IBAN_TYPED));

      String refused = keysPage(server, cora, "destroy", "destroy:destroy-version", version(2));
      assertTrue(refused.contains("cannot be destroyed"), refused);
      String destroyed = keysPage(server, cora, "destroy", "destroy:destroy-version", version(1));
      assertTrue(destroyed.contains("Key version 1 destroyed"), destroyed);
      assertAudited("TOKEN_KEY_DESTROYED", "staff:cora", "%\"result\":\"DESTROYED\"%");
      assertEquals(
          1,
          BankDatabase.count(
              "select count(*) from tokenization_key_version where version = 1"
                  + " and destroyed_at is not null and destroyed_by = 'cora'"));

      String afterDestruction = search(server, sam);
      assertTrue(afterDestruction.contains(FOUND_ONE), afterDestruction);
      setBodies(oldBodies); // the pre-rotation backup restored after the destruction
      String restored = search(server, sam);
      assertTrue(restored.contains("Conversations mentioning this value: 0."), restored);
      setBodies(newBodies);
    }
    // The remaining key does not turn the old token back into the IBAN.
    String middle = ibanV1.replace(" ", "").substring(2, IBAN.length() - 4);
    byte[] tweak =
        ("IBAN|DE|" + IBAN.substring(IBAN.length() - 4)).getBytes(StandardCharsets.UTF_8);
    String decrypted = new Ff1Cipher(FF1_V2).decrypt(middle, 10, tweak);
    assertNotEquals(IBAN.substring(2, IBAN.length() - 4), decrypted);
  }

  // --- the steps ------------------------------------------------------------------------------

  private static String start(MicroProcess server, String token) {
    HttpResponse<String> started =
        Http.post(server.base() + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private static void say(MicroProcess server, String token, String conversation, String text) {
    HttpResponse<String> answered =
        Http.postJson(
            server.base() + "api/conversations/" + conversation + "/messages",
            token,
            Json.object("text", text).toString());
    // 401: the assistant asks for a step-up (a payment); the message is stored all the same.
    assertTrue(
        answered.statusCode() == 200 || answered.statusCode() == 401,
        answered.statusCode() + " " + answered.body());
  }

  /** The customer's first message as the customer's transcript shows it (masked). */
  private static String maskedAsCustomerSees(
      MicroProcess server, String token, String conversation) {
    HttpResponse<String> transcript =
        Http.get(server.base() + "api/conversations/" + conversation, token);
    assertEquals(200, transcript.statusCode(), transcript.body());
    JsonObject first =
        Json.parse(transcript.body())
            .getJsonArray("messages")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(m -> m.getString("body").contains("charged twice"))
            .findFirst()
            .orElseThrow();
    String shown = first.getString("body");
    assertFalse(shown.contains(IBAN_BBAN.substring(0, 6)), shown);
    return shown;
  }

  private static String keysPage(
      MicroProcess server,
      KeycloakLogin officer,
      String form,
      String button,
      Map<String, String> inputs) {
    String page = server.base() + "console/compliance/token-keys.xhtml";
    return ConsoleStepUp.withStepUp(
        server.base(), officer, () -> officer.submitWith(page, form, button, inputs));
  }

  private static Map<String, String> version(int version) {
    return Map.of("destroy:version", String.valueOf(version));
  }

  private static String search(MicroProcess server, KeycloakLogin staff) {
    HttpResponse<String> found =
        staff.submitWith(
            server.base() + "console/index.xhtml",
            "search",
            "search:find",
            Map.of("search:value", IBAN));
    assertEquals(200, found.statusCode(), found.body());
    assertTrue(found.body().contains("Conversations mentioning this value:"), found.body());
    return found.body();
  }

  /** The customer hands over, a teller claims, and reveals the IBAN (step-up). */
  private static String reveal(MicroProcess server, String conversation, String messageId)
      throws Exception {
    String customer = new KeycloakLogin(DemoUser.named(BASTIAN)).signIn();
    HttpResponse<String> queued =
        Http.postJson(
            server.base() + "api/conversations/" + conversation + "/handover", customer, "");
    assertEquals(200, queued.statusCode(), queued.body());
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    String page = server.base() + "console/conversation.xhtml?id=" + conversation;
    String claimed = tessa.submit(page, "serve", "serve:claim").body();
    assertTrue(claimed.contains("You serve this conversation now."), claimed);
    String value =
        BankDatabase.single(
                "select id from protected_value where message_id = ? and pii_type = 'IBAN'",
                UUID.fromString(messageId))
            .toString();
    Map<String, String> inputs =
        Map.of(
            "reveal:value", value, "reveal:reason", "Customer asks which IBAN the refund goes to");
    return ConsoleStepUp.withStepUp(
        server.base(),
        tessa,
        () -> tessa.submitWith(page, "reveal", "reveal:reveal-value", inputs));
  }

  private static void awaitRotationCompleted() throws Exception {
    Eventually.within(Duration.ofSeconds(60))
        .until(
            () ->
                BankDatabase.count(
                    "select count(*) from tokenization_key_version where version = 2"
                        + " and rotation_completed_at is not null"),
            completed -> completed > 0,
            "the re-tokenization to complete");
  }

  private static void assertAudited(String type, String actor, String payload) throws Exception {
    assertTrue(
        BankDatabase.count(
                "select count(*) from audit_event where event_type = ? and actor = ?"
                    + " and payload like ?",
                type,
                actor,
                payload)
            >= 1,
        type + " by " + actor);
  }

  // --- data and keys --------------------------------------------------------------------------

  private static String firstCustomerMessage(String conversation) throws Exception {
    return BankDatabase.single(
            "select v.message_id from protected_value v"
                + " join conversation_message m on m.id = v.message_id"
                + " where v.conversation_id = ? and v.pii_type = 'IBAN' and m.author = 'CUSTOMER'",
            UUID.fromString(conversation))
        .toString();
  }

  private static String body(String messageId) throws Exception {
    return (String)
        BankDatabase.single(
            "select body from conversation_message where id = ?", UUID.fromString(messageId));
  }

  /** The bodies of the conversation's messages, by message id. */
  private static Map<String, String> bodies(String conversation) throws Exception {
    Map<String, String> bodies = new HashMap<>();
    try (Connection db = BankDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id, body from conversation_message where conversation_id = ?")) {
      query.setObject(1, UUID.fromString(conversation));
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          bodies.put(row.getString(1), row.getString(2));
        }
      }
    }
    return bodies;
  }

  private static void setBodies(Map<String, String> bodies) throws Exception {
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      assertEquals(
          1,
          BankDatabase.update(
              "update conversation_message set body = ? where id = ?",
              body.getValue(),
              UUID.fromString(body.getKey())));
    }
  }

  private static long version(String messageId, String type) throws Exception {
    return ((Number)
            BankDatabase.single(
                "select token_key_version from protected_value where message_id = ?"
                    + " and pii_type = ?",
                UUID.fromString(messageId),
                type))
        .longValue();
  }

  private static Map<String, String> config(Path keystore) {
    return Map.of(
        "TELLERLINE_PRIVACY_KEYSTORE",
        keystore.toString(),
        "TELLERLINE_PRIVACY_KEYSTORE_PASSWORD",
        new String(PASSWORD),
        "TELLERLINE_PRIVACY_MASTER_KEY",
        DEV_MASTER);
  }

  /** The development keystore the first server used (and other tests' servers share). */
  private static Map<String, byte[]> devKeystore() throws Exception {
    Path file = Path.of(System.getenv("TELLERLINE_PRIVACY_DEV_KEYSTORE"));
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, DEV_PASSWORD.toCharArray());
    }
    Map<String, byte[]> keys = new HashMap<>();
    for (String alias : Collections.list(store.aliases())) {
      KeyStore.Entry entry =
          store.getEntry(alias, new KeyStore.PasswordProtection(DEV_PASSWORD.toCharArray()));
      keys.put(
          alias.toLowerCase(Locale.ROOT),
          ((KeyStore.SecretKeyEntry) entry).getSecretKey().getEncoded());
    }
    assertTrue(keys.containsKey(DEV_MASTER) && keys.containsKey("tokenization-ff1"), "dev keys");
    return keys;
  }

  private static Tokenizer tokenizer(byte[] ff1, byte[] hmac) {
    return new Tokenizer(new PiiDetector(), new TokenizationKeys(ff1, hmac));
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
}
