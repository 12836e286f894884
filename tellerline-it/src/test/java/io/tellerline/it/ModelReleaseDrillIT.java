package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.MicroProcess;
import io.tellerline.it.support.ModelConsole;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The release figures of issue 19 on two real instances: what shadow scoring adds to a customer's
 * turn (median over {@value #TURNS} turns without and with a candidate in shadow), and how long a
 * promotion and a rollback on instance A take to show on instance B's /metrics (≤ 5 s). Figures go
 * to {@code target/model-release-drill.txt} and BENCHMARKS.md.
 */
@Tag("drill") // starts its own instance: `./tellerline drills`
class ModelReleaseDrillIT extends OnPayaraMicro {

  private static final int PORT_B = 18483;
  private static final int TURNS = 30;

  private static MicroProcess instanceB;

  @BeforeAll
  static void secondInstance() throws Exception {
    ModelConsole.approversExist();
    Path log = Files.createDirectories(Path.of("target", "instance-b")).resolve("models.log");
    instanceB = MicroProcess.start(PORT_B, log);
  }

  @AfterAll
  static void stop() throws Exception {
    ModelConsole.shippedModelLive();
    if (instanceB != null) {
      instanceB.close();
    }
  }

  @Test
  void shadowCostsLittleAndAReleaseReachesTheOtherInstanceWithinSeconds() throws Exception {
    String shipped = ModelConsole.liveVersion();
    KeycloakLogin mira = new KeycloakLogin(DemoUser.named("mira"));
    UUID model = ModelConsole.train(mira, base(""), ModelConsole.newDatasetVersion());
    String candidate = ModelConsole.version(model);

    double without = medianTurnMillis();
    assertTrue(ModelConsole.decide(mira, base(""), "shadow", model).contains("In shadow"));
    ModelConsole.waitFor(10, () -> ModelConsole.shadows(base(""), candidate));
    ModelConsole.waitFor(10, () -> ModelConsole.shadows(instanceB.base(), candidate));
    double with = medianTurnMillis();

    KeycloakLogin moritz = new KeycloakLogin(DemoUser.named("moritz"));
    assertTrue(ModelConsole.decide(moritz, base(""), "approve", model).contains("Approved"));
    double promotion = secondsUntilInstanceBShows(candidate);
    UUID shippedModel = ModelConsole.shippedModel(shipped);
    assertTrue(
        ModelConsole.decide(moritz, base(""), "rollback", shippedModel).contains("Rolled back"));
    double rollback = secondsUntilInstanceBShows(shipped);

    String figures =
        String.format(
            Locale.ROOT,
            "turn median without shadow: %.1f ms; with a candidate in shadow: %.1f ms (%+.1f %%)%n"
                + "promotion on A seen on B's /metrics after %.2f s; rollback after %.2f s%n",
            without,
            with,
            (with / without - 1) * 100,
            promotion,
            rollback);
    Files.writeString(Path.of("target", "model-release-drill.txt"), figures);
    System.out.print(figures);
    assertTrue(promotion <= 5, figures);
    assertTrue(rollback <= 5, figures);
    assertTrue(with <= without * 1.10, figures);
  }

  private double secondsUntilInstanceBShows(String version) throws InterruptedException {
    long since = System.nanoTime();
    ModelConsole.waitFor(30, () -> ModelConsole.answersWith(instanceB.base(), version));
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * Alice's balance question, {@value #TURNS} times with a pause (shadow work finishes between).
   */
  private double medianTurnMillis() throws InterruptedException {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String conversation = Json.parse(started.body()).getString("id");
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < TURNS; i++) {
      long since = System.nanoTime();
      HttpResponse<String> answered =
          Http.postJson(
              api("conversations/" + conversation + "/messages"),
              token,
              Json.object("text", "what is my balance?").toString());
      millis.add((System.nanoTime() - since) / 1e6);
      assertEquals(200, answered.statusCode(), answered.body());
      Thread.sleep(300);
    }
    Collections.sort(millis);
    return millis.get(TURNS / 2);
  }
}
