package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The model governance page (/console/models/index.xhtml) driven as staff use it, and what the
 * database and /metrics say about model versions.
 */
public final class ModelConsole {

  public static final String PAGE = "console/models/index.xhtml";
  private static final String MONITOR = System.getenv("TELLERLINE_MONITOR_TOKEN");

  private ModelConsole() {}

  /** The demo realm's model approvers, added to a Keycloak started before they existed. */
  public static void approversExist() {
    Keycloak.importRealmRole("model-approver");
    Keycloak.restoreLogin(DemoUser.named("mira"));
    Keycloak.restoreLogin(DemoUser.named("moritz"));
  }

  /** A dataset version with three staff-written rows unique to this run (a new model version). */
  public static UUID newDatasetVersion() throws SQLException {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    return TrainingData.addVersion(
        "reviewer-it",
        List.of(
            staffWritten("en", "account_balance", "peek at my ledger " + tag),
            staffWritten("de", "account_balance", "kontostand bitte " + tag),
            staffWritten("en", "fees", "what do you charge for " + tag)));
  }

  /**
   * A dataset version that holds a staff correction, made the way staff make it: a consenting
   * customer (Bastian) writes a message the assistant does not understand, tessa corrects it on the
   * conversation page, sam labels it in the review inbox, cora cuts a version on the training data
   * page. Bastian withdraws his consent again afterwards (the version stays frozen).
   *
   * @return the new version's id
   */
  public static UUID datasetVersionFromACorrection(String base) throws SQLException {
    String bastian = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    String words = "zqmodel " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    Consents.change(base, bastian, Consents.IMPROVE_ASSISTANT, true);
    try {
      UUID message =
          StaffCorrection.toOutOfScope(base, bastian, "please frobnicate the " + words).message();
      // A reviewer's label in the review inbox is what approves a turn for training.
      String labelled =
          new KeycloakLogin(DemoUser.named("sam"))
              .submitWith(
                  base + "console/review/inbox.xhtml",
                  "review",
                  "review:label",
                  Map.of("review:items", message.toString(), "review:intent", "oos"))
              .body();
      assertEquals(
          1L,
          BankDatabase.count("select count(*) from review_label where message_id = ?", message),
          labelled);
      KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
      String cut =
          cora.submitWith(
                  base + "console/review/datasets.xhtml",
                  "cut",
                  "cut:cut-version",
                  Map.of("cut:note", "ModelReleaseIT"))
              .body();
      assertTrue(cut.matches("(?s).*Version \\d+ cut: .*"), cut);
    } finally {
      Consents.change(base, bastian, Consents.IMPROVE_ASSISTANT, false);
    }
    UUID version =
        (UUID) BankDatabase.single("select id from dataset_version order by number desc limit 1");
    assertEquals(
        1L,
        BankDatabase.count(
            "select count(*) from dataset_row where dataset_version_id = ? and source ="
                + " 'STAFF_CORRECTION' and intent = 'oos' and text like ?",
            version,
            "%" + words + "%"),
        "the corrected turn is a row of the new version");
    return version;
  }

  /**
   * Trains a candidate from the dataset version through the page and waits until it is trained.
   *
   * @return the model version's id
   */
  public static UUID train(KeycloakLogin staff, String base, UUID dataset) throws Exception {
    String started =
        staff
            .submitWith(
                base + PAGE, "train", "train:start", Map.of("train:dataset", dataset.toString()))
            .body();
    assertTrue(started.contains("Training started"), started);
    UUID model =
        (UUID)
            BankDatabase.single(
                "select id from model_version where dataset_version_id = ?", dataset);
    long since = System.nanoTime();
    waitFor(240, () -> !"TRAINING".equals(column("status", model)));
    assertEquals("CANDIDATE", column("status", model), column("progress", model));
    System.out.printf(
        "ModelConsole: candidate %s trained in %.1f s (seen from the test)%n",
        column("version", model), (System.nanoTime() - since) / 1e9);
    return model;
  }

  /** Presses a button of the "release" form with the model chosen, stepping up if asked. */
  public static String decide(KeycloakLogin staff, String base, String button, UUID model) {
    return ConsoleStepUp.withStepUp(
        base,
        staff,
        () ->
            staff.submitWith(
                base + PAGE,
                "release",
                "release:" + button,
                Map.of("release:model", model.toString())));
  }

  public static String status(UUID model) {
    return column("status", model);
  }

  public static String version(UUID model) {
    return column("version", model);
  }

  public static String liveVersion() throws SQLException {
    return (String) BankDatabase.single("select version from model_version where status = 'LIVE'");
  }

  /** The version the build shipped that is in the database. */
  public static UUID shippedModel(String version) throws SQLException {
    return (UUID)
        BankDatabase.single(
            "select id from model_version where version = ? and dataset_version_id is null",
            version);
  }

  /** Whether the instance at {@code base} answers with this intent model version (/metrics). */
  public static boolean answersWith(String base, String version) {
    return metricsShow(base, "intent", version);
  }

  /** Whether the instance at {@code base} scores turns with this candidate in shadow. */
  public static boolean shadows(String base, String version) {
    return metricsShow(base, "intent-shadow", version);
  }

  private static boolean metricsShow(String base, String model, String version) {
    HttpResponse<String> metrics = Http.get(base + "metrics", MONITOR, "text/plain");
    return metrics
        .body()
        .lines()
        .anyMatch(
            line ->
                line.startsWith("tellerline_model_info")
                    && line.contains("model=\"" + model + "\"")
                    && line.contains("version=\"" + version + "\""));
  }

  /** Whatever a test did, the suite goes on with the shipped model live (on every instance). */
  public static void shippedModelLive() throws SQLException {
    if (BankDatabase.count(
            "select count(*) from model_version where status = 'LIVE' and dataset_version_id is null")
        == 0) {
      BankDatabase.update(
          "update model_version set status = 'RETIRED' where status in ('LIVE', 'SHADOW')");
      BankDatabase.update(
          "update model_version set status = 'LIVE' where id = (select id from model_version"
              + " where dataset_version_id is null order by created_at desc limit 1)");
      BankDatabase.single("select pg_notify('tellerline_model_release', 'test')");
    }
  }

  public static void waitFor(int seconds, BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within " + seconds + " s");
      }
      Thread.sleep(100);
    }
  }

  private static DatasetRow staffWritten(String language, String intent, String text) {
    return new DatasetRow(language, intent, text, DatasetRowSource.STAFF_WRITTEN, "it");
  }

  private static String column(String name, UUID model) {
    try {
      return String.valueOf(
          BankDatabase.single("select " + name + " from model_version where id = ?", model));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
