package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.ModelConsole;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retraining and release in the running server (issue 19, items 3 and 4): a teller's correction of
 * a consenting customer's turn becomes a row of a dataset version cut on the console; the version
 * becomes a trained candidate with its model card; in shadow it scores a customer's turns; the
 * model approver who trained it cannot approve it; a second approver does (with step-up) and the
 * live model changes: the next turn's audited decision names the new version and {@code /metrics}
 * shows it; one click rolls back to the shipped model. Every step is in the audit log. The second
 * instance: {@code ModelReleaseDrillIT}.
 */
class ModelReleaseIT extends OnPayaraMicro {

  @BeforeAll
  static void modelApproversExist() {
    ModelConsole.approversExist();
  }

  @AfterAll
  static void shippedModelLiveAgain() throws SQLException {
    ModelConsole.shippedModelLive();
  }

  @Test
  void aCandidateGoesThroughShadowAndFourEyesToLiveAndBack() throws Exception {
    UUID dataset = ModelConsole.datasetVersionFromACorrection(base(""));
    String shipped = ModelConsole.liveVersion();
    KeycloakLogin mira = new KeycloakLogin(DemoUser.named("mira"));
    UUID model = ModelConsole.train(mira, base(""), dataset);
    String candidate = ModelConsole.version(model);

    String card = ModelConsole.decide(mira, base(""), "card", model);
    for (String expected :
        List.of(
            "# Model card: " + candidate,
            "## Data lineage",
            (String)
                BankDatabase.single(
                    "select content_sha256 from dataset_version where id = ?", dataset),
            "| STAFF_CORRECTION |",
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

    assertTrue(ModelConsole.decide(mira, base(""), "shadow", model).contains("In shadow"));
    ModelConsole.waitFor(10, () -> ModelConsole.shadows(base(""), candidate));
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String conversation = start(token);
    for (String text : List.of("what is my balance?", "show me my last transactions", "thanks")) {
      assertEquals(200, say(conversation, token, text).statusCode());
    }
    ModelConsole.waitFor(20, () -> shadowResults(model) >= 3);
    String shadowPage = mira.browse(base(ModelConsole.PAGE)).body();
    assertTrue(shadowPage.contains("agreement on 3 turns"), shadowPage);

    String selfApproved = ModelConsole.decide(mira, base(""), "approve", model);
    assertTrue(selfApproved.contains("Another person must approve this"), selfApproved);
    assertEquals("SHADOW", ModelConsole.status(model), "who trained it cannot release it");

    KeycloakLogin moritz = new KeycloakLogin(DemoUser.named("moritz"));
    String approved = ModelConsole.decide(moritz, base(""), "approve", model);
    assertTrue(approved.contains("Approved: " + candidate), approved);
    long promoted = System.nanoTime();
    ModelConsole.waitFor(5, () -> ModelConsole.answersWith(base(""), candidate));
    System.out.printf(
        "ModelReleaseIT: /metrics showed the promotion after %.2f s%n",
        (System.nanoTime() - promoted) / 1e9);
    assertEquals("LIVE", ModelConsole.status(model));
    String next = start(token);
    assertEquals(200, say(next, token, "what is my balance?").statusCode());
    var decision = Json.parse(auditedDecision(next));
    assertEquals(candidate, decision.getString("modelVersion"));
    assertTrue(decision.getString("frustrationModelVersion").startsWith("tl-frustration-"));

    UUID shippedModel = ModelConsole.shippedModel(shipped);
    String rolledBack = ModelConsole.decide(moritz, base(""), "rollback", shippedModel);
    assertTrue(rolledBack.contains("Rolled back: " + shipped), rolledBack);
    ModelConsole.waitFor(5, () -> ModelConsole.answersWith(base(""), shipped));
    assertEquals("RETIRED", ModelConsole.status(model));
    everyStepIsAudited(model, shippedModel);
  }

  private static void everyStepIsAudited(UUID model, UUID shippedModel) throws SQLException {
    for (Map.Entry<String, UUID> step :
        Map.of(
                "MODEL_TRAINING_STARTED", model,
                "MODEL_TRAINED", model,
                "MODEL_SHADOW_CHANGED", model,
                "MODEL_PROMOTED", model,
                "MODEL_ROLLED_BACK", shippedModel)
            .entrySet()) {
      assertTrue(
          BankDatabase.count(
                  "select count(*) from audit_event where event_type = ? and payload like ?",
                  step.getKey(),
                  "%" + step.getValue() + "%")
              >= 1, // a refused step-up is recorded under the same type
          step.getKey() + " is audited");
    }
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'MODEL_PROMOTED'"
                + " and actor = 'staff:moritz' and payload like ? and payload like ?",
            "%\"trainedBy\":\"mira\"%",
            "%\"approvedBy\":\"moritz\"%"),
        "the promotion names both people");
    assertEquals(
        1,
        BankDatabase.count(
            "select count(*) from audit_event where event_type = 'ACCESS_DENIED'"
                + " and actor = 'staff:mira' and payload like ? and payload like ?",
            "%\"decision\":\"SAME_PERSON\"%",
            "%" + model + "%"));
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

  private static String auditedDecision(String conversation) throws SQLException {
    return BankDatabase.single(
            "select payload from audit_event where conversation_id = ?"
                + " and event_type = 'AI_DECISION' order by seq limit 1",
            UUID.fromString(conversation))
        .toString();
  }

  private static long shadowResults(UUID model) {
    try {
      return BankDatabase.count(
          "select count(*) from model_shadow_result where model_version_id = ?", model);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
