package io.tellerline.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers of the demo bank chatting with a running Tellerline, through its public API only.
 *
 * <p>One virtual user is one visit: the customer signs in (a real password grant at Keycloak for
 * {@code signInShare} of the visits; the others still hold the token of an earlier sign-in, as a
 * customer already signed in to online banking does), starts a conversation and does one of the
 * things customers come for, in English or German:
 *
 * <ul>
 *   <li>questions (balances, fees, cards, statements) — then ends the chat and mostly rates it;
 *   <li>transaction searches (spending by category or merchant, latest transactions);
 *   <li>a transfer filled turn by turn up to "yes", which the server answers with the RFC 9470
 *       step-up challenge (401). The one-time-code step that would carry on is a browser flow bound
 *       to the payment (PAR + OTP form of Tellerline's Keycloak provider) and is not played here;
 *   <li>a hand-over to a person ("talk to a person"): a teller ({@link ConsoleTellers}, signed in
 *       to the real console with password and one-time code) claims it and answers; the customer
 *       reads the answer and ends the chat.
 * </ul>
 *
 * <p>Every message the customer types is one request named {@code turn}, so the report's {@code
 * turn} line is the chat turn's latency; the other requests carry their own names.
 *
 * <p>Settings (system properties): {@code baseUrl} (default http://localhost:8080), {@code issuer}
 * (default http://localhost:8180/realms/tellerline), {@code client} (the dev/test-only load
 * client), {@code model} closed|open, {@code users} (closed: concurrent customers), {@code rate}
 * (open: arriving customers per second), {@code rampSeconds}, {@code seconds} (steady part), {@code
 * thinkMillis} (mean think time between a customer's requests; 0 = none), {@code signInShare},
 * {@code tellers} (staff serving hand-overs, 0–2, default 2), {@code staffWaitSeconds} (how long a
 * customer waits for staff before the visit fails, default 60).
 */
public class ChatSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final String ISSUER =
      System.getProperty("issuer", "http://localhost:8180/realms/tellerline");
  private static final String CLIENT = System.getProperty("client", "tellerline-load-dev-only");
  private static final String MODEL = System.getProperty("model", "closed");
  private static final int USERS = Integer.getInteger("users", 10);
  private static final double RATE = Double.parseDouble(System.getProperty("rate", "2"));
  private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 10);
  private static final int SECONDS = Integer.getInteger("seconds", 60);
  private static final long THINK_MILLIS = Long.getLong("thinkMillis", 2000);
  private static final double SIGN_IN_SHARE =
      Double.parseDouble(System.getProperty("signInShare", "0.25"));
  private static final int TELLERS = Integer.getInteger("tellers", 2);
  private static final int STAFF_WAIT_SECONDS = Integer.getInteger("staffWaitSeconds", 60);

  /** The demo bank's customers (DEV-ONLY passwords of realm-export/tellerline-realm.json). */
  private static final List<DemoCustomer> CUSTOMERS =
      List.of(
          new DemoCustomer("alice", "alice-demo-only", "Mia"),
          new DemoCustomer("bastian", "bastian-demo-only", "Lena"),
          new DemoCustomer("chloe", "chloe-demo-only", null));

  private static final List<String> QUESTIONS_EN =
      List.of(
          "what is my balance?",
          "What does the current account cost per month?",
          "which cards do I have?",
          "how much money do I have?",
          "show me my balance please");
  private static final List<String> QUESTIONS_DE =
      List.of(
          "Wie hoch ist mein aktueller Kontostand bitte?",
          "Was kostet das Girokonto im Monat?",
          "Welche Karten habe ich?",
          "Wie viel Geld habe ich auf dem Konto?");
  private static final List<String> SEARCHES_EN =
      List.of(
          "How much did I spend on groceries last month?",
          "show me my recent transactions",
          "How much did I spend at REWE last month?");
  private static final List<String> SEARCHES_DE =
      List.of(
          "Wie viel habe ich letzten Monat bei REWE ausgegeben?",
          "Zeig mir meine letzten Umsätze",
          "Wie viel habe ich letzten Monat für Lebensmittel ausgegeben?");

  /** The console is HTML and form posts: its own protocol, without the API's JSON headers. */
  private final HttpProtocolBuilder consoleProtocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("text/html,application/xhtml+xml")
          .userAgentHeader("tellerline-load (Gatling)");

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .contentTypeHeader("application/json")
          .userAgentHeader("tellerline-load (Gatling)")
          .shareConnections();

  /** A visit's customer and language: German for about 40 % of the visits. */
  private static Session chooseCustomer(Session session, boolean needsPayee) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<DemoCustomer> candidates =
        needsPayee ? CUSTOMERS.stream().filter(c -> c.payee() != null).toList() : CUSTOMERS;
    DemoCustomer customer = candidates.get(random.nextInt(candidates.size()));
    boolean german = needsPayee ? customer.name().equals("bastian") : random.nextDouble() < 0.4;
    return session
        .set("customer", customer.name())
        .set("password", customer.password())
        .set("payee", customer.payee() == null ? "" : customer.payee())
        .set("german", german)
        .set("freshSignIn", random.nextDouble() < SIGN_IN_SHARE);
  }

  private static ChainBuilder signIn() {
    return doIfOrElseSignIn(
        exec(http("sign-in")
                .post(ISSUER + "/protocol/openid-connect/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", CLIENT)
                .formParam("username", "#{customer}")
                .formParam("password", "#{password}")
                .formParam("scope", "openid")
                .check(status().is(200))
                .check(jmesPath("access_token").saveAs("token")))
            .exec(
                session -> {
                  if (session.contains("token")) {
                    SignedInCustomers.remember(
                        session.getString("customer"), session.getString("token"));
                  }
                  return session;
                }));
  }

  /**
   * A fresh sign-in when the visit draws one (or no usable token is held) and the customer's
   * sign-in slot is free; else the held token, waiting up to 10 s for another visit's sign-in.
   */
  private static ChainBuilder doIfOrElseSignIn(ChainBuilder signIn) {
    return exec(session -> {
          String customer = session.getString("customer");
          String held = SignedInCustomers.tokenOf(customer);
          boolean wanted = held == null || session.getBoolean("freshSignIn");
          session = session.remove("token").set("waits", 0);
          if (wanted && SignedInCustomers.claimSignIn(customer)) {
            return session.set("needsSignIn", true);
          }
          session = session.set("needsSignIn", false);
          return held == null ? session : session.set("token", held);
        })
        .doIf(session -> session.getBoolean("needsSignIn"))
        .then(signIn)
        .asLongAs(session -> !session.contains("token") && session.getInt("waits") < 50)
        .on(
            pause(Duration.ofMillis(200))
                .exec(
                    session -> {
                      String held = SignedInCustomers.tokenOf(session.getString("customer"));
                      session = session.set("waits", session.getInt("waits") + 1);
                      return held == null ? session : session.set("token", held);
                    }))
        .exitHereIf(session -> !session.contains("token"));
  }

  private static ChainBuilder start() {
    return exec(
        http("start")
            .post("/api/conversations")
            .header("Authorization", "Bearer #{token}")
            .check(status().is(201))
            .check(jmesPath("id").saveAs("conversation")));
  }

  /** One chat turn: a message drawn from the visit's language's list, answered 200. */
  private static ChainBuilder turn(List<String> english, List<String> german) {
    return exec(session -> {
          List<String> texts = session.getBoolean("german") ? german : english;
          return session.set("text", texts.get(ThreadLocalRandom.current().nextInt(texts.size())));
        })
        .exec(message(200))
        .exec(think());
  }

  /** One chat turn with a fixed text (PAYEE: the customer's payee), answered with the status. */
  private static ChainBuilder say(String english, String german, int expectedStatus) {
    return exec(session -> session.set("text", chosen(session, english, german)))
        .exec(message(expectedStatus))
        .exec(think());
  }

  /**
   * The customer's message; a 200 carries the assistant's reply, a 401 is the RFC 9470 step-up
   * challenge (reported apart, as "turn (step-up challenge)").
   */
  private static HttpRequestActionBuilder message(int expectedStatus) {
    HttpRequestActionBuilder request =
        http(expectedStatus == 200 ? "turn" : "turn (step-up challenge)")
            .post("/api/conversations/#{conversation}/messages")
            .header("Authorization", "Bearer #{token}")
            .body(StringBody("{\"text\":#{text.jsonStringify()}}"))
            .check(status().is(expectedStatus));
    return expectedStatus == 200
        ? request.check(jmesPath("messages[0].body").exists())
        : request.check(header("WWW-Authenticate").exists());
  }

  private static String chosen(Session session, String english, String german) {
    String text = session.getBoolean("german") ? german : english;
    return text.replace("PAYEE", session.getString("payee"));
  }

  private static ChainBuilder think() {
    if (THINK_MILLIS <= 0) {
      return exec(session -> session);
    }
    // Uniform between half and one and a half times the mean: customers do not type in step.
    return pause(Duration.ofMillis(THINK_MILLIS / 2), Duration.ofMillis(THINK_MILLIS * 3 / 2));
  }

  private static ChainBuilder endAndMaybeRate() {
    return exec(http("end")
            .post("/api/conversations/#{conversation}/end")
            .header("Authorization", "Bearer #{token}")
            .check(status().is(200)))
        .randomSwitch()
        .on(
            percent(70.0)
                .then(
                    exec(session ->
                            session.set("score", 3 + ThreadLocalRandom.current().nextInt(3)))
                        .exec(
                            http("rating")
                                .post("/api/conversations/#{conversation}/satisfaction")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("{\"score\":#{score}}"))
                                .check(status().is(204)))));
  }

  private static ChainBuilder visit(boolean needsPayee, ChainBuilder errand) {
    return exec(session -> chooseCustomer(session, needsPayee))
        .exec(signIn())
        .exec(start())
        .exitHereIfFailed()
        .exec(think())
        .exec(errand);
  }

  private final ChainBuilder questions =
      visit(
          false,
          turn(QUESTIONS_EN, QUESTIONS_DE)
              .exec(turn(QUESTIONS_EN, QUESTIONS_DE))
              .exec(turn(QUESTIONS_EN, QUESTIONS_DE))
              .exec(endAndMaybeRate()));

  private final ChainBuilder searches =
      visit(
          false,
          turn(SEARCHES_EN, SEARCHES_DE)
              .exec(turn(SEARCHES_EN, SEARCHES_DE))
              .exec(turn(QUESTIONS_EN, QUESTIONS_DE))
              .exec(endAndMaybeRate()));

  /**
   * Transfer slots filled turn by turn; the confirmation is answered with the step-up challenge
   * (401, WWW-Authenticate with acr_values), which this harness cannot answer (see class comment).
   */
  private final ChainBuilder transfer =
      visit(
          true,
          say("I want to transfer money", "Ich möchte Geld überweisen", 200)
              .exec(say("to PAYEE", "an PAYEE", 200))
              .exec(say("25", "25", 200))
              .exec(say("yes", "ja", 401))
              .exec(endAndMaybeRate()));

  private final ChainBuilder handover =
      visit(
          false,
          turn(QUESTIONS_EN, QUESTIONS_DE)
              .exec(
                  http("handover")
                      .post("/api/conversations/#{conversation}/handover")
                      .header("Authorization", "Bearer #{token}")
                      .check(status().is(200)))
              .exec(waitForStaff())
              .exec(endAndMaybeRate()));

  /**
   * With tellers serving: the customer reads her transcript every second until a member of staff
   * has answered (at most {@code staffWaitSeconds}, else the visit fails); how long she waited is
   * collected in {@link StaffWaits} and printed at the end. With no tellers she gives up after her
   * think time.
   */
  private static ChainBuilder waitForStaff() {
    if (TELLERS == 0) {
      return think();
    }
    return exec(session ->
            session
                .set("staffAnswers", 0)
                .set("polls", 0)
                .set("waitingSince", System.currentTimeMillis()))
        .asLongAs(
            session ->
                session.getInt("staffAnswers") == 0 && session.getInt("polls") < STAFF_WAIT_SECONDS)
        .on(
            pause(Duration.ofSeconds(1))
                .exec(
                    http("transcript (waiting for staff)")
                        .get("/api/conversations/#{conversation}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200))
                        .check(
                            jmesPath("length(messages[?author=='STAFF'])")
                                .ofInt()
                                .saveAs("staffAnswers")))
                .exec(session -> session.set("polls", session.getInt("polls") + 1)))
        .exec(
            session -> {
              if (session.getInt("staffAnswers") == 0) {
                return session.markAsFailed();
              }
              StaffWaits.answeredAfter(
                  System.currentTimeMillis() - session.getLong("waitingSince"));
              return session;
            })
        .exitHereIfFailed();
  }

  private final ScenarioBuilder customers =
      scenario("customers")
          .exec(
              randomSwitch()
                  .on(
                      percent(50.0).then(questions),
                      percent(30.0).then(searches),
                      percent(10.0).then(transfer),
                      percent(10.0).then(handover)));

  {
    PopulationBuilder population =
        switch (MODEL) {
          case "closed" ->
              customers.injectClosed(
                  rampConcurrentUsers(0).to(USERS).during(Duration.ofSeconds(RAMP_SECONDS)),
                  constantConcurrentUsers(USERS).during(Duration.ofSeconds(SECONDS)));
          case "open" ->
              customers.injectOpen(
                  rampUsersPerSec(0.1).to(RATE).during(Duration.ofSeconds(RAMP_SECONDS)),
                  constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)));
          default -> throw new IllegalArgumentException("model must be closed or open: " + MODEL);
        };
    Duration serving = Duration.ofSeconds(RAMP_SECONDS + SECONDS + STAFF_WAIT_SECONDS);
    if (TELLERS > 0) {
      setUp(
          population.protocols(protocol),
          ConsoleTellers.serving(TELLERS, serving)
              .injectOpen(atOnceUsers(TELLERS))
              .protocols(consoleProtocol));
    } else {
      setUp(population).protocols(protocol);
    }
  }

  @Override
  public void after() {
    if (TELLERS > 0) {
      System.out.println(StaffWaits.summary());
    }
  }

  private record DemoCustomer(String name, String password, String payee) {}
}
