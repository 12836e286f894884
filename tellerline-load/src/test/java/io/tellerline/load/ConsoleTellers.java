package io.tellerline.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff answering the customers' hand-overs through the real console, as a teller's browser does:
 * signs in at Keycloak with password and one-time code (the console needs both), then watches the
 * queue, opens a waiting conversation, claims it and answers (JSF postbacks with the view state and
 * PrimeFaces' CSP nonce). The customer reads the answer and ends the chat ({@link ChatSimulation}).
 *
 * <p>Each teller serves only the waiting conversations whose id falls to her ({@code hash mod
 * tellers}), so two tellers never race for one claim and every KO in the report is a real failure.
 * Requests are named {@code console …}; their latencies are the console's under the customers'
 * load.
 */
final class ConsoleTellers {

  /** A queue row waiting for staff, up to its link (the first group: the conversation's id). */
  private static final String WAITING_ROW =
      "(?s)queue-status\">WAITING_FOR_STAFF</span>.*?conversation\\.xhtml\\?id=([0-9a-f-]{36})";

  private static final Pattern JAVASCRIPT_ESCAPE = Pattern.compile("\\\\(?:x([0-9a-fA-F]{2})|(.))");
  private static final String VIEW_STATE =
      "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
  private static final String PRIME_FACES_NONCE = "PrimeFaces\\.csp\\.init\\('([^']*)'\\)";
  private static final String SERVE_FORM_ACTION = "<form id=\"serve\"[^>]*action=\"([^\"]+)\"";

  private ConsoleTellers() {}

  /**
   * The demo bank's staff who serve (DEV-ONLY credentials of realm-export/tellerline-realm.json).
   */
  static final List<Teller> STAFF =
      List.of(
          new Teller("tessa", "tessa-demo-only", "ORSWY3DFOJWGS3TFFVSGK3LPFV2GK43T"),
          new Teller("sam", "sam-demo-only", "ORSWY3DFOJWGS3TFFVSGK3LPFVZWC3JQ"));

  /** {@code count} tellers (at most the demo bank's staff), serving for {@code duration}. */
  static ScenarioBuilder serving(int count, Duration duration) {
    if (count > STAFF.size()) {
      throw new IllegalArgumentException("at most " + STAFF.size() + " tellers: " + count);
    }
    return scenario("tellers")
        .exec(
            session -> {
              int index = (int) (session.userId() - 1) % count;
              Teller teller = STAFF.get(index);
              return session
                  .set("tellerIndex", index)
                  .set("tellers", count)
                  .set("staff", teller.username())
                  .set("staffPassword", teller.password())
                  .set("staffSecret", teller.totpSecret());
            })
        .exec(signIn())
        .exitHereIfFailed()
        .during(duration)
        .on(serveOne());
  }

  /** The console's sign-in: Keycloak's password form, then its one-time-code form. */
  private static ChainBuilder signIn() {
    return exec(http("console sign-in (page)")
            .get("/console/")
            .check(status().is(200))
            .check(css("#kc-form-login", "action").saveAs("loginAction")))
        .exec(
            http("console sign-in (password)")
                .post("#{loginAction}")
                .formParam("username", "#{staff}")
                .formParam("password", "#{staffPassword}")
                .check(status().is(200))
                .check(css("#kc-otp-login-form", "action").saveAs("otpAction")))
        .exec(
            http("console sign-in (one-time code)")
                .post("#{otpAction}")
                .formParam(
                    "otp",
                    session ->
                        OneTimeCodes.current(session.getString("staffSecret"), Instant.now()))
                .check(status().is(200))
                .check(substring("Waiting for staff")));
  }

  /** One look at the queue; when a conversation waits for this teller: open, claim, answer. */
  private static ChainBuilder serveOne() {
    return exec(http("console queue")
            .get("/console/")
            .check(status().is(200))
            .check(regex(WAITING_ROW).findAll().optional().saveAs("waitingIds")))
        .exec(ConsoleTellers::pickMine)
        .doIfOrElse(session -> session.contains("mine"))
        .then(
            exec(page(http("console conversation").get("/console/conversation.xhtml?id=#{mine}")))
                .exec(
                    postback("console claim", "serve:claim")
                        .check(substring("You serve this conversation now.")))
                .exec(
                    postback("console reply", "serve:send-reply")
                        .formParam(
                            "serve:reply",
                            session ->
                                "Hello, this is "
                                    + session.getString("staff")
                                    + " from the bank. I have looked into it: all is in order.")
                        .check(substring("Sent."))))
        .orElse(pause(Duration.ofSeconds(1)));
  }

  /**
   * Takes the first waiting conversation that falls to this teller. The queue's ids are removed
   * from the session afterwards: an optional check that finds nothing keeps the old value.
   */
  private static Session pickMine(Session session) {
    List<String> waiting =
        session.contains("waitingIds") ? session.getList("waitingIds") : List.of();
    session = session.remove("mine").remove("waitingIds");
    int index = session.getInt("tellerIndex");
    int tellers = session.getInt("tellers");
    for (String id : waiting) {
      if (Math.floorMod(id.hashCode(), tellers) == index) {
        return session.set("mine", id);
      }
    }
    return session;
  }

  /** A console page request that keeps what the next postback needs. */
  private static HttpRequestActionBuilder page(HttpRequestActionBuilder request) {
    return request
        .check(status().is(200))
        .check(
            regex(VIEW_STATE).transform(value -> value.replace("&#58;", ":")).saveAs("viewState"))
        .check(
            regex(SERVE_FORM_ACTION).transform(a -> a.replace("&amp;", "&")).saveAs("serveAction"))
        .check(regex(PRIME_FACES_NONCE).transform(ConsoleTellers::unescape).saveAs("pfNonce"));
  }

  /**
   * Presses {@code button} of the conversation page's "serve" form; the answer is the next page.
   */
  private static HttpRequestActionBuilder postback(String name, String button) {
    return page(
        http(name)
            .post("#{serveAction}")
            .formParam("serve", "serve")
            .formParam(button, "submit")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .formParam("primefaces.nonce", "#{pfNonce}"));
  }

  /** PrimeFaces writes its nonce as a JavaScript string literal ({@code \x2F}, {@code \/}). */
  private static String unescape(String literal) {
    Matcher escaped = JAVASCRIPT_ESCAPE.matcher(literal);
    StringBuilder plain = new StringBuilder();
    while (escaped.find()) {
      String replacement =
          escaped.group(1) != null
              ? String.valueOf((char) Integer.parseInt(escaped.group(1), 16))
              : escaped.group(2);
      escaped.appendReplacement(plain, Matcher.quoteReplacement(replacement));
    }
    escaped.appendTail(plain);
    return plain.toString();
  }

  record Teller(String username, String password, String totpSecret) {}
}
