import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The teller-session drill: the demo teller tessa signs in to the staff console through HAProxy as
 * a browser does (OIDC code flow, Keycloak's password form and one-time-code form, a cookie jar),
 * a customer hands a conversation over to a person, tessa opens and claims it; then the drill kills
 * the instance that served her (the SRV cookie HAProxy gave her names it) and tessa goes on with the
 * same cookies: the queue page must load still signed in, and a reply sent with the view state of
 * the page the dead instance rendered must be accepted; the customer must see the reply.
 *
 * <pre>
 * java TellerSession.java BASE_URL ISSUER DIR
 * </pre>
 *
 * Writes DIR/served-by (tl-appN) once tessa has claimed the conversation, then waits for DIR/killed
 * (the kill's time in epoch milliseconds, written by the drill) and prints the figures
 * ({@code key=value}, one a line) on stdout; exit status 0 only when the session survived.
 */
public class TellerSession {

  static final String TELLER = "tessa";
  static final String TELLER_PASSWORD = "tessa-demo-only";
  /** DEV-ONLY: tessa's TOTP secret from realm-export/tellerline-realm.json. */
  static final String TELLER_TOTP_SECRET = "ORSWY3DFOJWGS3TFFVSGK3LPFV2GK43T";

  static final String CUSTOMER = "alice";
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** The knowledge base's "Edit" button of its first article (a PrimeFaces command button). */
  static final Pattern FIRST_EDIT = Pattern.compile("name=\"(articles:list:0:[^\"]+)\"");
  /** The editor's article field once "Edit" has filled it in. */
  static final Pattern EDITOR_SLUG =
      Pattern.compile("<input[^>]*id=\"editor:slug\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
  static final Pattern JS_ESCAPE = Pattern.compile("\\\\(?:x([0-9a-fA-F]{2})|(.))");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  /** HTTP/1.1 as a browser speaks to plain http (an h2c upgrade request loses HAProxy's cookie). */
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * The browser's cookies by host. Secure is not honoured: the cluster's HAProxy speaks plain HTTP
   * (TLS would end there in production) and the console's session cookie is Secure.
   */
  static final Map<String, Map<String, String>> JAR = new TreeMap<>();

  static final Map<String, Object> FIGURES = new LinkedHashMap<>();
  static final List<String> STATUSES_AFTER_KILL = new ArrayList<>();

  record Page(int status, URI uri, String body, String location) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String issuer = args[1];
    Path dir = Path.of(args[2]);
    Files.createDirectories(dir);

    // 1. tessa signs in through HAProxy.
    long started = System.currentTimeMillis();
    Page queue = signIn(base);
    FIGURES.put("sign_in_ms", System.currentTimeMillis() - started);
    String servedBy = cookie(base, "SRV");
    FIGURES.put("signed_in_on", servedBy);

    // 2. A customer hands a conversation over; tessa opens the queue and the conversation, claims.
    String token = customerToken(issuer);
    String conversation = handOver(base, token);
    queue = waitInQueue(base, conversation);
    // She has the knowledge base open in another tab: a second view of the session, which must
    // survive the kill as well as the conversation's (every open view travels in one attribute).
    Page knowledge = follow(get(base + "/console/knowledge.xhtml"));
    expect(knowledge, 200, "id=\"articles\"", "knowledge base page");
    String edit = first(FIRST_EDIT, knowledge.body);
    Page page = follow(get(base + "/console/conversation.xhtml?id=" + conversation));
    expect(page, 200, "id=\"serve\"", "conversation page");
    page = follow(postback(page, "serve:claim", Map.of()));
    expect(page, 200, "You serve this conversation now.", "claim");
    servedBy = cookie(base, "SRV");
    FIGURES.put("served_by", "tl-" + servedBy);
    Files.writeString(dir.resolve("served-by"), "tl-" + servedBy + "\n");

    // 3. The drill kills that instance; tessa goes on with the same cookies and the page she has.
    Path killed = dir.resolve("killed");
    long waitUntil = System.currentTimeMillis() + 120_000;
    while (!Files.exists(killed) || Files.readString(killed).isBlank()) {
      if (System.currentTimeMillis() > waitUntil) {
        throw new IllegalStateException("the drill did not kill the instance within 120 s");
      }
      Thread.sleep(20);
    }
    long killedAt = Long.parseLong(Files.readString(killed).trim());
    boolean signInAgain = false;

    Page afterKill = null;
    long deadline = killedAt + 30_000;
    while (System.currentTimeMillis() < deadline) {
      afterKill = attempt(() -> followHere(get(base + "/console/")));
      if (afterKill.status == 302 && afterKill.location.contains("/protocol/openid-connect/auth")) {
        signInAgain = true;
        break;
      }
      if (afterKill.status == 200 && afterKill.body.contains("Waiting for staff")) {
        FIGURES.put("first_page_after_kill_ms", System.currentTimeMillis() - killedAt);
        break;
      }
      Thread.sleep(100);
    }
    FIGURES.putIfAbsent("first_page_after_kill_ms", -1L);

    String reply = "Hello, this is tessa from the bank (drill " + killedAt + "). All is in order.";
    Page sent = null;
    if (!signInAgain) {
      // The reply is sent with the view state of the page the killed instance rendered.
      while (System.currentTimeMillis() < deadline) {
        Page form = page;
        sent = attempt(() -> followHere(postback(form, "serve:send-reply", Map.of("serve:reply", reply))));
        if (sent.status == 302 && sent.location.contains("/protocol/openid-connect/auth")) {
          signInAgain = true;
          break;
        }
        if (sent.status == 200 && sent.body.contains("Sent.")) {
          FIGURES.put("first_postback_after_kill_ms", System.currentTimeMillis() - killedAt);
          break;
        }
        if (sent.status != 0 && sent.status != 502 && sent.status != 503 && sent.status != 504) {
          // An answer from a live instance that is not "Sent.": the view state or session is gone.
          FIGURES.put("postback_answer", describe(sent));
          Files.writeString(dir.resolve("postback-answer.html"), sent.body);
          break;
        }
        Thread.sleep(100);
      }
    }
    FIGURES.putIfAbsent("first_postback_after_kill_ms", -1L);

    // The knowledge base tab: "Edit" on its first article, with the view state the killed instance
    // rendered; the editor fills in only if the view (its list of articles) came through.
    long knowledgeAt = -1;
    if (!signInAgain) {
      Page edited =
          attempt(() -> followHere(postback(knowledge, "articles", edit, Map.of())));
      String slug = edited.status == 200 ? firstOrEmpty(EDITOR_SLUG, edited.body) : "";
      if (!slug.isEmpty()) {
        knowledgeAt = System.currentTimeMillis() - killedAt;
      } else {
        FIGURES.put("knowledge_postback_answer", describe(edited));
        Files.writeString(dir.resolve("knowledge-answer.html"), edited.body);
      }
    }
    FIGURES.put("knowledge_view_after_kill_ms", knowledgeAt);
    FIGURES.put("served_after_kill_by", "tl-" + cookie(base, "SRV"));
    FIGURES.put("statuses_after_kill", summary(STATUSES_AFTER_KILL));
    FIGURES.put("sign_in_again_needed", signInAgain);

    // The customer sees the reply.
    long seenAt = -1;
    long until = System.currentTimeMillis() + 20_000;
    while ((long) FIGURES.get("first_postback_after_kill_ms") >= 0
        && System.currentTimeMillis() < until) {
      Page transcript = attempt(() -> bearer(base + "/api/conversations/" + conversation, token));
      if (transcript.status == 200 && transcript.body.contains("drill " + killedAt)) {
        seenAt = System.currentTimeMillis() - killedAt;
        break;
      }
      Thread.sleep(200);
    }
    FIGURES.put("customer_saw_reply_after_kill_ms", seenAt);

    boolean survived =
        !signInAgain
            && (long) FIGURES.get("first_page_after_kill_ms") >= 0
            && (long) FIGURES.get("first_postback_after_kill_ms") >= 0
            && knowledgeAt >= 0
            && seenAt >= 0;
    FIGURES.put("session_survived", survived);
    FIGURES.forEach((key, value) -> System.out.println(key + "=" + value));
    System.exit(survived ? 0 : 1);
  }

  // ------------------------------------------------------------------------------------------
  // The console, as a browser

  /** GET /console/ → Keycloak's password form → its one-time-code form → back: the queue. */
  static Page signIn(String base) throws Exception {
    Page login = follow(get(base + "/console/"));
    expect(login, 200, "kc-form-login", "Keycloak's sign-in page");
    Page otp =
        follow(
            post(
                login.uri.resolve(formAction(login.body, "kc-form-login")),
                form(Map.of("username", TELLER, "password", TELLER_PASSWORD))));
    expect(otp, 200, "kc-otp-login-form", "Keycloak's one-time-code page");
    String code = totp(TELLER_TOTP_SECRET, System.currentTimeMillis() / 1000 / 30);
    Page queue =
        follow(
            post(
                otp.uri.resolve(formAction(otp.body, "kc-otp-login-form")),
                form(Map.of("otp", code))));
    expect(queue, 200, "Waiting for staff", "the console's queue after sign-in");
    return queue;
  }

  static Page waitInQueue(String base, String conversation) throws Exception {
    long until = System.currentTimeMillis() + 30_000;
    while (true) {
      Page queue = follow(get(base + "/console/"));
      expect(queue, 200, "Waiting for staff", "the queue");
      if (queue.body.contains(conversation)) {
        return queue;
      }
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("the handed-over conversation is not in tessa's queue");
      }
      Thread.sleep(500);
    }
  }

  /** Presses {@code button} of the conversation page's "serve" form (JSF postback, no ajax). */
  static Page postback(Page page, String button, Map<String, String> fields) throws Exception {
    return postback(page, "serve", button, fields);
  }

  /** Presses {@code button} of the page's form {@code formId} (JSF postback, no ajax). */
  static Page postback(Page page, String formId, String button, Map<String, String> fields)
      throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(formId, formId);
    values.putAll(fields);
    values.put(button, "submit");
    values.put("jakarta.faces.ViewState", first(VIEW_STATE, page.body).replace("&#58;", ":"));
    values.put("primefaces.nonce", unescape(first(NONCE, page.body)));
    return post(page.uri.resolve(formAction(page.body, formId)), form(values));
  }

  static String formAction(String html, String id) {
    Matcher tag = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    if (!tag.find()) {
      throw new IllegalStateException("no form " + id);
    }
    Matcher action = Pattern.compile("\\baction=\"([^\"]+)\"").matcher(tag.group());
    if (!action.find()) {
      throw new IllegalStateException("form " + id + " has no action");
    }
    return action.group(1).replace("&amp;", "&");
  }

  // ------------------------------------------------------------------------------------------
  // The customer (direct grant of the test-only client, as ChatLoad)

  static String customerToken(String issuer) throws Exception {
    String body =
        form(
            Map.of(
                "grant_type", "password",
                "client_id", "tellerline-test-harness",
                "username", CUSTOMER,
                "password", CUSTOMER + "-demo-only"));
    Page token = post(URI.create(issuer + "/protocol/openid-connect/token"), body);
    expect(token, 200, "access_token", "the customer's token");
    return first(TOKEN, token.body);
  }

  static String handOver(String base, String token) throws Exception {
    Page started = bearerPost(base + "/api/conversations", token, "");
    expect(started, 201, "\"id\"", "start of the customer's conversation");
    String conversation = first(ID, started.body);
    Page turn =
        bearerPost(
            base + "/api/conversations/" + conversation + "/messages",
            token,
            "{\"text\":\"what is my balance?\"}");
    expect(turn, 200, "\"id\"", "the customer's turn");
    Page handover = bearerPost(base + "/api/conversations/" + conversation + "/handover", token, null);
    expect(handover, 200, "", "the hand-over to a person");
    return conversation;
  }

  static Page bearer(String url, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET());
  }

  static Page bearerPost(String url, String token, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json == null) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return send(request);
  }

  // ------------------------------------------------------------------------------------------
  // HTTP with a cookie jar

  static Page get(String url) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  static Page post(URI uri, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  static Page send(HttpRequest.Builder builder) throws Exception {
    builder.timeout(Duration.ofSeconds(20));
    URI uri = builder.copy().build().uri();
    String cookies = cookieHeader(uri);
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies);
    }
    HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      store(uri, setCookie);
    }
    return new Page(
        response.statusCode(),
        uri,
        response.body(),
        response.headers().firstValue("Location").orElse(""));
  }

  /** Follows redirects as a browser does (a POST answered 302/303 goes on as a GET). */
  static Page follow(Page page) throws Exception {
    for (int hops = 0; hops < 10 && page.status / 100 == 3 && !page.location.isEmpty(); hops++) {
      page = send(HttpRequest.newBuilder(page.uri.resolve(page.location)).GET());
    }
    return page;
  }

  /**
   * Follows redirects within the console's own host only: a redirect to Keycloak (sign in again)
   * is returned as it is.
   */
  static Page followHere(Page page) throws Exception {
    for (int hops = 0;
        hops < 10
            && page.status / 100 == 3
            && !page.location.isEmpty()
            && page.uri.resolve(page.location).getAuthority().equals(page.uri.getAuthority());
        hops++) {
      page = send(HttpRequest.newBuilder(page.uri.resolve(page.location)).GET());
    }
    return page;
  }

  interface Call {
    Page call() throws Exception;
  }

  /** One attempt after the kill: its status (0 when nothing answered) is kept for the figures. */
  static Page attempt(Call call) {
    try {
      Page page = call.call();
      STATUSES_AFTER_KILL.add(Integer.toString(page.status));
      return page;
    } catch (Exception e) {
      STATUSES_AFTER_KILL.add("no-answer");
      return new Page(0, null, "", "");
    }
  }

  static String cookieHeader(URI uri) {
    Map<String, String> cookies = JAR.getOrDefault(uri.getAuthority(), Map.of());
    StringBuilder header = new StringBuilder();
    cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
    return header.toString();
  }

  static void store(URI uri, String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = parts[0].substring(0, eq).trim();
    String value = parts[0].substring(eq + 1).trim();
    boolean expired = false;
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].trim().toLowerCase();
      if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
        expired = true;
      }
    }
    Map<String, String> cookies = JAR.computeIfAbsent(uri.getAuthority(), host -> new TreeMap<>());
    if (expired || value.isEmpty()) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  static String cookie(String base, String name) {
    return JAR.getOrDefault(URI.create(base).getAuthority(), Map.of()).getOrDefault(name, "?");
  }

  // ------------------------------------------------------------------------------------------
  // Helpers

  static void expect(Page page, int status, String text, String what) {
    if (page.status != status || !page.body.contains(text)) {
      throw new IllegalStateException(what + ": " + describe(page));
    }
  }

  static String describe(Page page) {
    String body = page.body.replaceAll("\\s+", " ");
    Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
    return "HTTP "
        + page.status
        + " "
        + page.uri
        + (page.location.isEmpty() ? "" : " -> " + page.location)
        + " "
        + (title.find() ? "'" + title.group(1).trim() + "'" : body.substring(0, Math.min(120, body.length())));
  }

  static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("not found: " + pattern);
    }
    return matcher.group(1);
  }

  static String firstOrEmpty(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  static String form(Map<String, String> values) {
    StringBuilder form = new StringBuilder();
    values.forEach(
        (name, value) ->
            form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  /** PrimeFaces writes its nonce as a JavaScript string literal ({@code \x2F}, {@code \/}). */
  static String unescape(String literal) {
    Matcher escaped = JS_ESCAPE.matcher(literal);
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

  static String summary(List<String> statuses) {
    Map<String, Integer> counts = new TreeMap<>();
    statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
    return counts.toString().replace(" ", "");
  }

  /** RFC 6238 TOTP (HMAC-SHA1, 6 digits) of a base32 secret at time step {@code step}. */
  static String totp(String base32Secret, long step) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
    byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    return String.format("%06d", binary % 1_000_000);
  }

  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.replace("=", "").toUpperCase().toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
