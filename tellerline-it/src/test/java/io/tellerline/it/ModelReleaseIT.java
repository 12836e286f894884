package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.ConsoleStepUp;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import io.tellerline.it.support.TrainingData;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retraining and release in the running server (issue 19, item 4): a dataset version becomes a
 * trained candidate with its model card; in shadow it scores a customer's turns; the model approver
 * who trained it cannot approve it; a second approver does (with step-up) and the live model
 * changes: the next turn's audited decision names the new version and {@code /metrics} shows it;
 * one click rolls back to the shipped model. Every step is in the audit log.
 */
class ModelReleaseIT extends OnPayaraMicro {

  private static final String PAGE = "console/models/index.xhtml";
  private static final String MONITOR = System.getenv("TELLERLINE_MONITOR_TOKEN");

  /** The demo realm's model approvers, added to a Keycloak started before they existed. */
  @BeforeAll
  static void modelApproversExist() {
    Keycloak.importRealmRole("model-approver");
    Keycloak.restoreLogin(DemoUser.named("mira"));
    Keycloak.restoreLogin(DemoUser.named("moritz"));
  }

  /** Whatever happened, the suite goes on with the shipped model live. */
  @AfterAll
  static void shippedModelLiveAgain() throws Exception {
    if (BankDatabase.count(
            "select count(*) from model_version where status = 'LIVE'"
                + " and dataset_version_id is null and trained_by = 'build'")
        == 0) {
      BankDatabase.update(
          "update model_version set status = 'RETIRED' where status in ('LIVE', 'SHADOW')");
      BankDatabase.update(
          "update model_version set status = 'LIVE' where id = (select id from model_version"
              + " where dataset_version_id is null order by created_at desc limit 1)");
      BankDatabase.single("select pg_notify('tellerline_model_release', 'test')");
    }
  }

  @Test
  void aCandidateGoesThroughShadowAndFourEyesToLiveAndBack() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    UUID dataset =
        TrainingData.addVersion(
            "reviewer-it",
            List.of(
                staffWritten("en", "account_balance", "peek at my ledger " + tag),
                staffWritten("de", "account_balance", "kontostand bitte " + tag),
                staffWritten("en", "fees", "what do you charge for " + tag)));
    String shipped = liveVersion();

    KeycloakLogin mira = new KeycloakLogin(DemoUser.named("mira"));
    String started =
        mira.submitWith(
                base(PAGE), "train", "train:start", Map.of("train:dataset", dataset.toString()))
            .body();
    assertTrue(started.contains("Training started"), started);
    UUID model =
        (UUID)
            BankDatabase.single(
                "select id from model_version where dataset_version_id = ?", dataset);
    long trainingStarted = System.nanoTime();
    waitFor(240, () -> !"TRAINING".equals(status(model)));
    double trainingSeconds = (System.nanoTime() - trainingStarted) / 1e9;
    assertEquals("CANDIDATE", status(model), progress(model));
    String candidate =
        (String) BankDatabase.single("select version from model_version where id = ?", model);
    System.out.printf(
        "ModelReleaseIT: candidate %s trained in %.1f s%n", candidate, trainingSeconds);

    Map<String, String> chosen = Map.of("release:model", model.toString());
    String card = mira.submitWith(base(PAGE), "release", "release:card", chosen).body();
    for (String expected :
        List.of(
            "# Model card: " + candidate,
            "## Data lineage",
            (String)
                BankDatabase.single(
                    "select content_sha256 from dataset_version where id = ?", dataset),
            "| STAFF_WRITTEN | 3 |",
            "## Evaluation beside the live model",
            "Live model: " + shipped,
            "## Per-language parity",
            "## Changed predictions",
            "## Known limits")) {
      assertTrue(card.contains(expected), "card lacks " + expected + ": " + card);
    }
    HttpResponse<String> download = mira.browse(base("console/models/card?model=" + model));
    assertEquals(200, download.statusCode());
    assertTrue(download.body().startsWith("# Model card: " + candidate), download.body());

    String shadowed = mira.submitWith(base(PAGE), "release", "release:shadow", chosen).body();
    assertTrue(shadowed.contains("In shadow"), shadowed);
    waitFor(10, () -> metricsShow(shipped)); // the instance has loaded the shadow by then
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String conversation = start(token);
    for (String text : List.of("what is my balance?", "show me my last transactions", "thanks")) {
      assertEquals(200, say(conversation, token, text).statusCode());
    }
    waitFor(20, () -> shadowResults(model) >= 3);
    String shadowPage = mira.browse(base(PAGE)).body();
    assertTrue(shadowPage.contains("agreement on 3 turns"), shadowPage);

    String selfApproved =
        ConsoleStepUp.withStepUp(
            base(""),
            mira,
            () -> mira.submitWith(base(PAGE), "release", "release:approve", chosen));
    assertTrue(selfApproved.contains("Another person must approve this"), selfApproved);
    assertEquals("SHADOW", status(model), "the person who trained it cannot release it");

    KeycloakLogin moritz = new KeycloakLogin(DemoUser.named("moritz"));
    String approved =
        ConsoleStepUp.withStepUp(
            base(""),
            moritz,
            () -> moritz.submitWith(base(PAGE), "release", "release:approve", chosen));
    assertTrue(approved.contains("Approved: " + candidate), approved);
    long promoted = System.nanoTime();
    waitFor(5, () -> metricsShow(candidate));
    System.out.printf(
        "ModelReleaseIT: /metrics showed the promotion after %.2f s%n",
        (System.nanoTime() - promoted) / 1e9);
    assertEquals("LIVE", status(model));
    String newConversation = start(token);
    assertEquals(200, say(newConversation, token, "what is my balance?").statusCode());
    var decision = Json.parse(auditedDecision(newConversation));
    assertEquals(candidate, decision.getString("modelVersion"));
    assertTrue(decision.getString("frustrationModelVersion").startsWith("tl-frustration-"));

    UUID shippedModel =
        (UUID)
            BankDatabase.single(
                "select id from model_version where version = ? and dataset_version_id is null",
                shipped);
    String rolledBack =
        ConsoleStepUp.withStepUp(
            base(""),
            moritz,
            () ->
                moritz.submitWith(
                    base(PAGE),
                    "release",
                    "release:rollback",
                    Map.of("release:model", shippedModel.toString())));
    assertTrue(rolledBack.contains("Rolled back: " + shipped), rolledBack);
    waitFor(5, () -> metricsShow(shipped));
    assertEquals("RETIRED", status(model));

    for (String step :
        List.of(
            "MODEL_TRAINING_STARTED",
            "MODEL_TRAINED",
            "MODEL_SHADOW_CHANGED",
            "MODEL_PROMOTED",
            "MODEL_ROLLED_BACK")) {
      assertTrue(
          BankDatabase.count(
                  "select count(*) from audit_event where event_type = ? and payload like ?",
                  step,
                  "%" + (step.equals("MODEL_ROLLED_BACK") ? shippedModel : model) + "%")
              >= 1,
          step + " is audited");
    }
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'MODEL_PROMOTED'"
                + " and actor = 'staff:moritz' and payload like ? and payload like ?",
            "%\"trainedBy\":\"mira\"%",
            "%" + model + "%"));
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'ACCESS_DENIED'"
                + " and actor = 'staff:mira' and payload like ? and payload like ?",
            "%\"decision\":\"SAME_PERSON\"%",
            "%" + model + "%"));
  }

  private static DatasetRow staffWritten(String language, String intent, String text) {
    return new DatasetRow(language, intent, text, DatasetRowSource.STAFF_WRITTEN, "it");
  }

  private boolean metricsShow(String version) {
    HttpResponse<String> metrics = Http.get(base("metrics"), MONITOR, "text/plain");
    return metrics
        .body()
        .lines()
        .anyMatch(
            line ->
                line.startsWith("tellerline_model_info")
                    && line.contains("version=\"" + version + "\""));
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private HttpResponse<String> say(String conversation, String token, String text) {
    return Http.postJson(
        api("conversations/" + conversation + "/messages"),
        token,
        Json.object("text", text).toString());
  }

  private static String auditedDecision(String conversation) throws Exception {
    return BankDatabase.single(
            "select payload from audit_event where conversation_id = ?"
                + " and event_type = 'AI_DECISION' order by seq limit 1",
            UUID.fromString(conversation))
        .toString();
  }

  private static String liveVersion() throws Exception {
    return (String) BankDatabase.single("select version from model_version where status = 'LIVE'");
  }

  private static String status(UUID model) {
    return text("select status from model_version where id = ?", model);
  }

  private static String progress(UUID model) {
    return text("select progress from model_version where id = ?", model);
  }

  private static long shadowResults(UUID model) {
    try {
      return BankDatabase.count(
          "select count(*) from model_shadow_result where model_version_id = ?", model);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String sql, UUID id) {
    try {
      return (String) BankDatabase.single(sql, id);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(int seconds, BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(200);
    }
  }
}
