package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The business metrics on the real server: a few turns of a real customer move the counters by
 * exactly what happened, with the right tags, the turn and NLU histograms get their samples, and
 * {@code /metrics} shows no customer id and no word the customer typed. Only the monitor's token
 * opens it.
 */
class BusinessMetricsIT extends OnPayaraMicro {

  private static final String MONITOR = System.getenv("TELLERLINE_MONITOR_TOKEN");
  private static final String BALANCE = "what is my balance?";
  private static final String PERSON = "can I talk to a person please";
  private static final String WAITING = "are you still there? my reference is 7781";
  private static final String ACCOUNT_NUMBER = "show me my full account number";

  @Test
  void metricsAreForTheMonitorOnly() {
    for (String path : List.of("metrics", "metrics/application", "metrics?scope=application")) {
      HttpResponse<String> anonymous = Http.get(base(path), null, "text/plain");
      assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
      assertFalse(anonymous.body().contains("tellerline_"), anonymous.body());
      assertEquals(401, Http.get(base(path), "not-the-token", "text/plain").statusCode(), path);
      String customerToken = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
      assertEquals(401, Http.get(base(path), customerToken, "text/plain").statusCode(), path);
    }
    HttpResponse<String> monitor = Http.get(base("metrics"), MONITOR, "text/plain");
    assertEquals(200, monitor.statusCode());
    assertTrue(monitor.body().contains("tellerline_chat_turns_total"), monitor.body());
  }

  @Test
  void turnsMoveTheCountersByExactlyWhatHappened() throws Exception {
    PrometheusText before = scrape();
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));

    String served = start(token);
    assertEquals(200, say(served, token, BALANCE).statusCode());
    assertEquals(200, say(served, token, PERSON).statusCode());
    assertEquals(200, say(served, token, WAITING).statusCode());
    String guarded = start(token);
    HttpResponse<String> challenged = say(guarded, token, ACCOUNT_NUMBER);
    assertEquals(401, challenged.statusCode(), challenged.body());
    String resume =
        Json.parse(challenged.body()).getJsonObject("pendingAction").getString("resume");
    assertEquals(401, Http.post(resume, token, "application/json", "").statusCode());

    PrometheusText after = scrape();
    Files.writeString(evidence(), after.text());

    assertEquals(1, moved(before, after, "tellerline_chat_turns_total", turn("answered")));
    assertEquals(1, moved(before, after, "tellerline_chat_turns_total", turn("handed_over")));
    assertEquals(1, moved(before, after, "tellerline_chat_turns_total", turn("with_staff")));
    assertEquals(1, moved(before, after, "tellerline_chat_turns_total", turn("step_up_required")));
    assertEquals(4, moved(before, after, "tellerline_chat_turns_total", Map.of()));
    assertEquals(0, moved(before, after, "tellerline_chat_turns_total", Map.of("language", "de")));
    assertEquals(
        1, moved(before, after, "tellerline_handovers_total", Map.of("reason", "customer_asked")));
    assertEquals(1, moved(before, after, "tellerline_handovers_total", Map.of()));
    assertEquals(
        1, moved(before, after, "tellerline_step_ups_total", Map.of("result", "required")));
    assertEquals(1, moved(before, after, "tellerline_step_ups_total", Map.of("result", "refused")));
    assertEquals(2, moved(before, after, "tellerline_step_ups_total", Map.of()));
    assertEquals(0, moved(before, after, "tellerline_rate_limit_refusals_total", Map.of()));

    assertEquals(4, moved(before, after, "tellerline_chat_turn_seconds_count", Map.of()));
    assertEquals(
        after.sum("tellerline_chat_turn_seconds_count", Map.of()),
        after.sum("tellerline_chat_turn_seconds_bucket", Map.of("le", "+Inf")));
    assertTrue(after.sum("tellerline_chat_turn_seconds_sum", Map.of()) > 0, after.text());
    assertEquals(
        1, after.series("tellerline_chat_turn_seconds_bucket", Map.of("le", "0.005")).size());
    assertEquals(
        1, after.series("tellerline_chat_turn_seconds_bucket", Map.of("le", "5.0")).size());
    // The staff turn is not understood: three messages went through the NLU.
    assertEquals(3, moved(before, after, "tellerline_nlu_seconds_count", Map.of()));
    assertTrue(moved(before, after, "tellerline_audit_append_seconds_count", Map.of()) >= 5);

    String modelVersion = modelVersionAudited(served);
    assertEquals(
        1.0,
        after.sum("tellerline_model_info", Map.of("model", "intent", "version", modelVersion)),
        after.text());
    assertEquals(1.0, after.sum("tellerline_model_info", Map.of("model", "frustration")));

    for (String secret : secretsOf(served, guarded)) {
      assertFalse(after.text().contains(secret), "/metrics shows " + secret);
    }
    assertTrue(queueGaugeSeesTheWaitingConversation(), "tellerline_queue_waiting within 30 s");
  }

  private boolean queueGaugeSeesTheWaitingConversation() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      PrometheusText now = scrape();
      if (now.sum("tellerline_queue_waiting", Map.of()) >= 1
          && now.sum("tellerline_queue_longest_wait_seconds", Map.of()) > 0) {
        return true;
      }
      Thread.sleep(3_000);
    }
    return false;
  }

  /** What must never be on /metrics: the customer's ids and name, the conversations, her words. */
  private static List<String> secretsOf(String... conversations) throws Exception {
    List<String> secrets = new ArrayList<>(List.of(BALANCE, PERSON, WAITING, ACCOUNT_NUMBER));
    secrets.addAll(List.of("balance", "person", "account number", "alice", "Alice"));
    for (String conversation : conversations) {
      secrets.add(conversation);
      secrets.add(
          BankDatabase.single(
                  "select customer_id from conversation where id = ?",
                  UUID.fromString(conversation))
              .toString());
    }
    return secrets;
  }

  private static String modelVersionAudited(String conversation) throws Exception {
    String payload =
        BankDatabase.single(
                "select payload from audit_event where conversation_id = ?"
                    + " and event_type = 'AI_DECISION' order by seq limit 1",
                UUID.fromString(conversation))
            .toString();
    return Json.parse(payload).getString("modelVersion");
  }

  private static Map<String, String> turn(String outcome) {
    return Map.of("outcome", outcome, "language", "en");
  }

  private static double moved(
      PrometheusText before, PrometheusText after, String name, Map<String, String> labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  private PrometheusText scrape() {
    HttpResponse<String> metrics = Http.get(base("metrics"), MONITOR, "text/plain");
    assertEquals(200, metrics.statusCode(), metrics.body());
    return new PrometheusText(metrics.body());
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

  private static Path evidence() throws java.io.IOException {
    Path directory = Path.of("target", "metrics-evidence");
    Files.createDirectories(directory);
    return directory.resolve("metrics-after-turns.txt");
  }

  /** The Prometheus text format, read line by line: a series' name, its labels and its value. */
  record PrometheusText(String text) {

    record Series(String name, Map<String, String> labels, double value) {}

    List<Series> series(String name, Map<String, String> labels) {
      List<Series> found = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Series series = parse(line);
        if (series.name().equals(name)
            && series.labels().entrySet().containsAll(labels.entrySet())) {
          found.add(series);
        }
      }
      return found;
    }

    /** The sum over every series of this name that carries these labels (0 if there is none). */
    double sum(String name, Map<String, String> labels) {
      return series(name, labels).stream().mapToDouble(Series::value).sum();
    }

    private static Series parse(String line) {
      int brace = line.indexOf('{');
      int space = line.lastIndexOf(' ');
      double value = Double.parseDouble(line.substring(space + 1));
      if (brace < 0 || brace > space) {
        return new Series(line.substring(0, space), Map.of(), value);
      }
      Map<String, String> labels = new java.util.HashMap<>();
      String inside = line.substring(brace + 1, line.lastIndexOf('}'));
      java.util.regex.Matcher pair =
          java.util.regex.Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")
              .matcher(inside);
      while (pair.find()) {
        labels.put(pair.group(1), pair.group(2));
      }
      return new Series(line.substring(0, brace), labels, value);
    }
  }
}
