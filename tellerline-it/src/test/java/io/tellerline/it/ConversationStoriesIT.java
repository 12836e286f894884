package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.stories.StoryBook;
import io.tellerline.it.stories.StoryBook.Observed;
import io.tellerline.it.stories.StoryBook.Turn;
import io.tellerline.it.stories.StoryBook.Verdict;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.OnPayaraMicro;
import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conversation test suite: every story of {@code stories/conversation-stories.csv} played
 * against the real server, one conversation per story, with the customer's own password token. The
 * intent and outcome of each turn are read from the AI decision the server wrote to the audit log
 * (the customer's API shows neither). Prints the pass rate per language and per intent, names every
 * failing turn and what came instead, and fails below 97 % in either language.
 */
class ConversationStoriesIT extends OnPayaraMicro {

  private static final String FILE = "/stories/conversation-stories.csv";
  private static final double REQUIRED_PASS_RATE = 0.97;
  private static final Map<String, String> LANGUAGE_OF = Map.of("alice", "en", "bastian", "de");

  @Test
  void theStoriesPassInEachLanguage() throws Exception {
    Map<String, List<Turn>> stories;
    try (var in =
        new InputStreamReader(
            ConversationStoriesIT.class.getResourceAsStream(FILE), StandardCharsets.UTF_8)) {
      stories = StoryBook.read(in);
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (List<Turn> story : stories.values()) {
      String token = token(story.get(0).customer());
      String id = start(token);
      for (Turn turn : story) {
        verdicts.add(StoryBook.judge(turn, play(token, id, turn)));
      }
    }
    Map<String, int[]> byLanguage =
        StoryBook.passRates(verdicts, v -> LANGUAGE_OF.get(v.turn().customer()));
    report(verdicts, byLanguage);
    assertEquals(LANGUAGE_OF.keySet().size(), byLanguage.size(), "stories in both languages");
    byLanguage.forEach(
        (language, counts) ->
            assertTrue(
                counts[0] >= REQUIRED_PASS_RATE * counts[1],
                language + ": " + counts[0] + " of " + counts[1] + " turns passed"));
  }

  private Observed play(String token, String id, Turn turn) throws Exception {
    HttpResponse<String> response =
        Http.postJson(
            api("conversations/" + id + "/messages"),
            token,
            Json.object("text", turn.message()).toString());
    // 200 with the messages, or the RFC 9470 step-up challenge (401) that carries them too.
    boolean challenged =
        response.statusCode() == 401 && response.body().contains("\"pendingAction\"");
    if (response.statusCode() != 200 && !challenged) {
      return new Observed("", "HTTP " + response.statusCode(), response.body());
    }
    var messages = Json.parse(response.body()).getJsonArray("messages");
    String messageId = messages.getJsonObject(0).getString("id");
    String reply = messages.size() > 1 ? messages.getJsonObject(1).getString("body") : "";
    Object payload;
    try {
      payload =
          BankDatabase.single(
              "select payload from audit_event where conversation_id::text = ? and event_type ="
                  + " 'AI_DECISION' and payload like ?",
              id,
              "%\"messageId\":\"" + messageId + "\"%");
    } catch (IllegalStateException none) {
      return new Observed("", "NO_AI_DECISION", reply);
    }
    JsonObject decision = Json.parse(payload.toString());
    String outcome = decision.getString("outcome");
    if ("ANSWERED".equals(outcome) && decision.getString("responseTemplate").endsWith("confirm")) {
      outcome = "CONFIRM";
    }
    return new Observed(decision.getString("intent"), outcome, reply);
  }

  private static void report(List<Verdict> verdicts, Map<String, int[]> byLanguage) {
    StringBuilder out = new StringBuilder("Conversation stories\n");
    byLanguage.forEach(
        (language, c) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %s: %d of %d turns passed (%.1f %%)%n",
                    language,
                    c[0],
                    c[1],
                    100.0 * c[0] / c[1])));
    Map<String, int[]> byIntent =
        StoryBook.passRates(
            verdicts, v -> v.turn().intent().isEmpty() ? "(not checked)" : v.turn().intent());
    out.append("  per intent: ")
        .append(
            byIntent.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(", ")))
        .append('\n');
    for (Verdict v : verdicts) {
      if (!v.passed()) {
        out.append(
            String.format(
                "  FAILED story %s turn %d (%s: \"%s\"): %s%n",
                v.turn().story(),
                v.turn().number(),
                v.turn().customer(),
                v.turn().message(),
                v.problem()));
      }
    }
    System.out.print(out);
  }

  /** A fresh token per story: the whole suite outlasts an access token. */
  private static String token(String customer) {
    return Keycloak.accessToken(DemoUser.named(customer));
  }

  private String start(String token) {
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }
}
