package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.EventStream;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.MicroProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Per-customer limits on two Payara Micro instances that share only PostgreSQL: a customer who
 * alternates between them still meets each limit once, answered 429 with Retry-After as problem
 * details. Small limits here (production defaults in the README); the body limit needs none.
 */
@Tag("drill") // starts its own instances: `./tellerline drills`, figures in BENCHMARKS.md
class AbuseLimitsIT {

  private static final Map<String, String> SMALL_LIMITS =
      Map.of(
          "TELLERLINE_LIMITS_MESSAGES_PER_MINUTE", "4",
          "TELLERLINE_LIMITS_CONVERSATIONS_PER_DAY", "3",
          "TELLERLINE_LIMITS_MESSAGES_PER_CONVERSATION", "6",
          "TELLERLINE_LIMITS_OPEN_EVENT_STREAMS", "3");

  private static MicroProcess first;
  private static MicroProcess second;
  private final DemoUser chloe = DemoUser.named("chloe");

  @BeforeAll
  static void twoInstances() throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "abuse-limits"));
    first = MicroProcess.start(18484, logs.resolve("first.log"), SMALL_LIMITS);
    second = MicroProcess.start(18485, logs.resolve("second.log"), SMALL_LIMITS);
    // Counters of earlier test classes (which run with generous limits) do not count here.
    BankDatabase.update("delete from usage_counter");
    BankDatabase.update("delete from event_stream_lease");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void conversationsADayAreCountedAcrossInstances() {
    String token = Keycloak.accessToken(chloe);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      MicroProcess instance = i % 2 == 0 ? first : second;
      statuses.add(
          Http.post(instance.base() + "api/conversations", token, "application/json", "")
              .statusCode());
    }
    assertEquals(List.of(201, 201, 201, 429, 429), statuses);
    assertLimited(Http.post(first.base() + "api/conversations", token, "application/json", ""));
  }

  @Test
  void messagesAMinuteAndMessagesInAConversationAreCountedAcrossInstances() throws Exception {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.BASTIAN));
    String conversation = startOn(first, token);
    while (java.time.LocalTime.now().getSecond() > 50) { // all six within one minute's window
      Thread.sleep(1000);
    }
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      MicroProcess instance = i % 2 == 0 ? first : second;
      statuses.add(message(instance, token, conversation).statusCode());
    }
    assertEquals(List.of(200, 200, 200, 200, 429, 429), statuses, "4 a minute on both together");
    HttpResponse<String> refused = message(second, token, conversation);
    assertLimited(refused);
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "until the next minute: " + retryAfter);
    assertEquals(
        4L,
        BankDatabase.count(
            "select count(*) from conversation_message m join conversation c on c.id ="
                + " m.conversation_id where c.id = ?::uuid and m.author = 'CUSTOMER'",
            conversation),
        "refused messages are not stored");
  }

  /**
   * A customer's messages sent all at once, to both instances and to two conversations (a script,
   * or a double click times ten): the count is kept outside the turns' transactions, so exactly the
   * minute's allowance is answered, and the refused ones use none of it.
   */
  @Test
  void messagesSentAllAtOnceToBothInstancesGetExactlyTheMinutesAllowance() throws Exception {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    List<String> conversations = List.of(startOn(first, token), startOn(second, token));
    while (java.time.LocalTime.now().getSecond() > 45) { // all of them within one minute's window
      Thread.sleep(1000);
    }
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        MicroProcess instance = i % 2 == 0 ? first : second;
        String conversation = conversations.get(i / 2 % 2);
        sent.add(senders.submit(() -> message(instance, token, conversation)));
      }
      Map<Integer, Integer> byStatus = new TreeMap<>();
      for (Future<HttpResponse<String>> response : sent) {
        byStatus.merge(response.get().statusCode(), 1, Integer::sum);
      }
      // Two turns of one conversation at the same moment: one may lose the race (409, sent again).
      int answered = byStatus.getOrDefault(200, 0) + byStatus.getOrDefault(409, 0);
      assertEquals(4, answered, "the minute's allowance of 4, on both together: " + byStatus);
      assertEquals(12, byStatus.getOrDefault(429, 0), "the rest refused: " + byStatus);
      assertEquals(
          4L,
          BankDatabase.count(
              "select used from usage_counter where budget = 'messages-per-minute'"
                  + " and subject = ? order by window_start desc limit 1",
              "a0000000-0000-4000-8000-000000000001"),
          "the refused messages used none of the allowance");
    } finally {
      senders.shutdownNow();
    }
  }

  @Test
  void aThousandEventStreamsOfOneCustomerAreRefusedAfterTheLimit() throws Exception {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String conversation = startOn(first, token);
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
    List<EventStream> open = new ArrayList<>();
    int refused = 0;
    int other = 0;
    try {
      for (int i = 0; i < 1000; i++) {
        String url =
            (i % 2 == 0 ? first : second).base() + "api/conversations/" + conversation + "/events";
        if (open.size() < 3) {
          open.add(EventStream.open(url, bearer));
          continue;
        }
        int status = EventStream.status(url, bearer);
        if (status == 429) {
          refused++;
        } else {
          other++;
        }
      }
      assertEquals(3, open.size());
      assertEquals(997, refused, "every stream past the limit of 3, on either instance");
      assertEquals(0, other);
    } finally {
      open.forEach(EventStream::close);
    }
    // Closed streams give their place back (noticed at the next heartbeat, within a minute).
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String url = second.base() + "api/conversations/" + conversation + "/events";
    int status = EventStream.status(url, bearer);
    while (status == 429 && System.nanoTime() < deadline) {
      Thread.sleep(2000);
      status = EventStream.status(url, bearer);
    }
    assertEquals(200, status, "a stream can be opened again once the others ended");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsParsed() {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    String huge = "{\"text\":\"" + "x".repeat(40_000) + "\"}";
    HttpResponse<String> refused =
        Http.postJson(
            first.base() + "api/conversations/" + java.util.UUID.randomUUID() + "/messages",
            token,
            huge);
    assertEquals(413, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("request-too-large"), refused.body());
  }

  private static String startOn(MicroProcess instance, String token) {
    HttpResponse<String> started =
        Http.post(instance.base() + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    return Json.parse(started.body()).getString("id");
  }

  private static HttpResponse<String> message(MicroProcess instance, String token, String id) {
    return Http.postJson(
        instance.base() + "api/conversations/" + id + "/messages",
        token,
        Json.object("text", "what is my balance?").toString());
  }

  private static void assertLimited(HttpResponse<String> response) {
    assertEquals(429, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains("\"status\":429"), response.body());
  }
}
