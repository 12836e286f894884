package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Consents;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.StaffCorrection;
import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.training.domain.DatasetContentHash;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The review inbox and versioned training data on the real server (issue 19, items 2 and 3): a
 * consenting customer's misunderstood turn (corrected by a teller) appears in the inbox masked, a
 * supervisor labels it, a compliance officer cuts a dataset version that holds it with its source
 * and reference and whose hash is recomputed here from the rows; a non-consenting customer's
 * labelled turn never becomes a row, nor a consenting one's after she withdrew; a staff rewrite
 * with personal data is refused, one without becomes a STAFF_WRITTEN row; tellers are refused.
 */
class ReviewInboxIT extends OnPayaraMicro {

  private static final String INBOX = "console/review/inbox.xhtml";
  private static final String DATASETS = "console/review/datasets.xhtml";

  @Test
  void aCorrectedTurnBecomesAVersionedTrainingRowOnlyWithConsent() throws Exception {
    String consenting = word();
    String refusing = word();
    String rewritten = word();
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    String chloe = Keycloak.accessToken(DemoUser.named("chloe"));
    String iban =
        (String)
            BankDatabase.single(
                "select a.iban from account a join customer c on c.id = a.customer_id"
                    + " where c.idp_subject = ? order by a.opened_on limit 1",
                DemoUser.named(DemoUser.BASTIAN).id());
    consent(bastian, true);
    assertFalse(consents(chloe), "chloe does not consent (ConsentIT leaves it so)");

    UUID ours =
        correctedByStaff(bastian, "Welche Pizza passt zu Ananas, " + consenting + "? IBAN " + iban);
    UUID hers = correctedByStaff(chloe, "Which pizza goes with pineapple, " + refusing + "?");
    UUID other = correctedByStaff(chloe, "Which cheese goes with pears, " + rewritten + "?");

    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    assertEquals(403, tessa.browse(base(INBOX)).statusCode(), "tellers do not review");
    assertEquals(403, tessa.browse(base(DATASETS)).statusCode(), "nor cut versions");

    KeycloakLogin sam = new KeycloakLogin(DemoUser.named("sam"));
    assertTrue(sam.browse(base("console/")).body().contains("id=\"review-inbox\""), "nav link");
    String inbox = sam.browse(base(INBOX)).body();
    assertTrue(inbox.contains(consenting), "listed: " + consenting);
    assertFalse(inbox.contains(iban), "masked: never the IBAN");
    assertFalse(inbox.contains(iban.substring(4, 12)), "not even part of it");
    assertTrue(inbox.contains("consent given") && inbox.contains("no consent: rewrite only"));

    assertTrue(decide(sam, ours, "label", Map.of()).contains("Labelled 1 turn(s) as oos"));
    assertTrue(decide(sam, hers, "label", Map.of()).contains("Labelled 1 turn(s) as oos"));
    String withIban =
        decide(
            sam, other, "save-rewrite", Map.of("rewrite", "Pay it to " + iban + " " + rewritten));
    assertTrue(withIban.contains("still contains personal data (IBAN)"), withIban);
    String written = "Which cheese goes with pears, " + rewritten + "?";
    assertTrue(
        decide(sam, other, "save-rewrite", Map.of("rewrite", written))
            .contains("Staff-written example saved as oos"));
    String after = sam.browse(base(INBOX)).body();
    assertFalse(after.contains(consenting) || after.contains(refusing), "decided: gone");
    UUID correction =
        (UUID) BankDatabase.single("select id from intent_correction where message_id = ?", ours);
    assertEquals(
        "STAFF_CORRECTION/APPROVED/" + correction,
        BankDatabase.single(
            "select source || '/' || status || '/' || correction_id from review_label"
                + " where message_id = ?",
            ours));
    String labelled = auditOf("REVIEW_LABELLED", "staff:sam");
    assertFalse(labelled.contains(consenting) || labelled.contains(iban), labelled);

    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    consent(bastian, false);
    cut(cora);
    assertEquals(0, rowsMentioning(consenting), "withdrawn before the cut: not in any version");

    consent(bastian, true);
    String cut = cut(cora);
    assertTrue(cut.contains(" cut: "), cut);
    UUID version =
        (UUID) BankDatabase.single("select id from dataset_version order by number desc limit 1");
    List<DatasetRow> rows = rowsOf(version);
    assertEquals(
        BankDatabase.single("select content_sha256 from dataset_version where id = ?", version),
        DatasetContentHash.of(rows),
        "the stored hash is the hash of the rows");
    assertEquals(
        ((Number)
                BankDatabase.single("select row_count from dataset_version where id = ?", version))
            .intValue(),
        rows.size());
    assertEquals(
        "STAFF_CORRECTION intent-correction:" + correction + " oos",
        BankDatabase.single(
            "select source || ' ' || source_ref || ' ' || intent from dataset_row"
                + " where dataset_version_id = ? and text like ?",
            version,
            "%" + consenting + "%"));
    assertTrue(
        rows.stream().anyMatch(r -> r.text().contains(consenting) && !r.text().contains(iban)));
    assertEquals(
        "STAFF_WRITTEN",
        BankDatabase.single(
            "select source from dataset_row where dataset_version_id = ? and text = ?",
            version,
            written));
    assertEquals(0, rowsMentioning(refusing), "chloe does not consent: never a row");

    String page = cora.browse(base(DATASETS)).body();
    assertTrue(page.contains("intent-correction:" + correction), "lineage shown");
    assertTrue(page.contains("STAFF_CORRECTION=") && page.contains("SHIPPED_CORPUS="), page);
    JsonObject created = Json.parse(auditOf("DATASET_VERSION_CREATED", "staff:cora"));
    assertEquals(version.toString(), created.getString("version"));
    assertTrue(created.getInt("leftOut") >= 1, created.toString());

    assertTrue(cut(cora).contains("Nothing new was approved"), "no duplicate version");
    assertEquals(
        version,
        BankDatabase.single("select id from dataset_version order by number desc limit 1"));
    consent(bastian, false);
  }

  /** Checks the message in the inbox and presses a button. */
  private String decide(
      KeycloakLogin staff, UUID message, String button, Map<String, String> more) {
    assertTrue(
        staff.browse(base(INBOX)).body().contains("value=\"" + message + "\""),
        "the inbox lists message " + message);
    Map<String, String> fields = new java.util.HashMap<>();
    fields.put("review:items", message.toString());
    fields.put("review:intent", "oos");
    more.forEach((field, value) -> fields.put("review:" + field, value));
    HttpResponse<String> answer =
        staff.submitWith(base(INBOX), "review", "review:" + button, fields);
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  private String cut(KeycloakLogin staff) {
    HttpResponse<String> answer =
        staff.submitWith(
            base(DATASETS), "cut", "cut:cut-version", Map.of("cut:note", "ReviewInboxIT"));
    assertEquals(200, answer.statusCode(), answer.body());
    Matcher message =
        Pattern.compile("(Version \\d+ cut: [^<]*|Nothing new was approved[^<]*)")
            .matcher(answer.body());
    assertTrue(message.find(), answer.body());
    return message.group(1);
  }

  /** The version's rows as {@code TrainingDatasets.rowsOf} defines them, read independently. */
  private static List<DatasetRow> rowsOf(UUID version) throws SQLException {
    List<DatasetRow> rows = new ArrayList<>();
    for (LabelledUtterance u : IntentCorpus.bundled().utterances()) {
      rows.add(
          new DatasetRow(u.language(), u.label(), u.text(), DatasetRowSource.SHIPPED_CORPUS, ""));
    }
    try (Connection connection = BankDatabase.connect();
        PreparedStatement added =
            connection.prepareStatement(
                "select language, intent, text, source, source_ref from dataset_row"
                    + " where dataset_version_id = ? order by ordinal")) {
      added.setObject(1, version);
      try (ResultSet row = added.executeQuery()) {
        while (row.next()) {
          rows.add(
              new DatasetRow(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  DatasetRowSource.valueOf(row.getString(4)),
                  row.getString(5)));
        }
      }
    }
    return rows;
  }

  private static long rowsMentioning(String word) throws SQLException {
    return BankDatabase.count(
        "select count(*) from dataset_row where text like ?", "%" + word + "%");
  }

  private static String auditOf(String type, String actor) throws SQLException {
    return (String)
        BankDatabase.single(
            "select payload from audit_event where event_type = ? and actor = ?"
                + " order by seq desc limit 1",
            type,
            actor);
  }

  private UUID correctedByStaff(String token, String text) throws SQLException {
    return StaffCorrection.toOutOfScope(base(""), token, text).message();
  }

  private void consent(String token, boolean granted) {
    Consents.change(base(""), token, Consents.IMPROVE_ASSISTANT, granted);
  }

  private boolean consents(String token) {
    return Consents.given(base(""), token, Consents.IMPROVE_ASSISTANT);
  }

  /**
   * A made-up word (letters only, so no detector mistakes it for personal data) to find texts by.
   */
  private static String word() {
    SecureRandom random = new SecureRandom();
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
