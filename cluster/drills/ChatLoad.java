import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault drills' load: a few demo customers chatting through HAProxy, every request written to
 * requests.csv and every acknowledged turn (200 with the customer's message and the reply) to
 * acked.csv. Then {@code report} turns the log into the drill's figures and {@code verify} checks in
 * the database that every acknowledged turn has its message, reply and AI_DECISION audit event, and
 * re-checks the audit log (the application's own verification, JdbcAuditLog.verify()).
 *
 * <pre>
 * java ChatLoad.java run BASE_URL ISSUER CUSTOMERS SECONDS DIR [SIGN_IN_PROBE_SECONDS]
 * java ChatLoad.java report DIR FAULT_AT_MS [FAULT_END_MS]
 * java -cp CLASSPATH ChatLoad.java verify DIR JDBC_URL USER
 * </pre>
 */
public class ChatLoad {

  static final String[] USERS = {"alice", "bastian", "chloe"};
  static final String[] QUESTIONS = {"what is my balance?", "Wie ist mein Kontostand?"};
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  record Row(
      long startMs,
      long endMs,
      int customer,
      String kind,
      int status,
      String retryAfter,
      boolean problemJson,
      boolean stackTrace,
      String note) {
    String csv() {
      return String.join(
          ",",
          Long.toString(startMs),
          Long.toString(endMs),
          Integer.toString(customer),
          kind,
          Integer.toString(status),
          retryAfter,
          Boolean.toString(problemJson),
          Boolean.toString(stackTrace),
          note.replace(',', ';').replace('\n', ' '));
    }

    static Row parse(String line) {
      String[] f = line.split(",", 9);
      return new Row(
          Long.parseLong(f[0]),
          Long.parseLong(f[1]),
          Integer.parseInt(f[2]),
          f[3],
          Integer.parseInt(f[4]),
          f[5],
          Boolean.parseBoolean(f[6]),
          Boolean.parseBoolean(f[7]),
          f.length > 8 ? f[8] : "");
    }
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "run" ->
          run(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Path.of(args[5]),
              args.length > 6 ? Integer.parseInt(args[6]) : 0);
      case "report" ->
          report(
              Path.of(args[1]),
              Long.parseLong(args[2]),
              args.length > 3 ? Long.parseLong(args[3]) : Long.parseLong(args[2]));
      case "verify" -> System.exit(verify(Path.of(args[1]), args[2], args[3]));
      default -> throw new IllegalArgumentException("run | report | verify");
    }
  }

  // ------------------------------------------------------------------------------------------
  // run

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(3))
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new java.net.CookieManager())
          .build();

  static void run(String base, String issuer, int customers, int seconds, Path dir, int probeEvery)
      throws Exception {
    Files.createDirectories(dir);
    stopFile = dir.resolve("stop");
    ConcurrentLinkedQueue<Row> rows = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
    long until = System.currentTimeMillis() + seconds * 1000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      int customer = c;
      Thread thread = new Thread(() -> customer(base, issuer, customer, until, rows, acked));
      thread.start();
      threads.add(thread);
    }
    if (probeEvery > 0) {
      Thread probe = new Thread(() -> signInProbe(issuer, probeEvery, until, rows));
      probe.start();
      threads.add(probe);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("requests.csv")))) {
      rows.stream()
          .sorted((a, b) -> Long.compare(a.startMs, b.startMs))
          .forEach(row -> out.println(row.csv()));
    }
    Files.write(dir.resolve("acked.csv"), new ArrayList<>(acked));
    System.out.println("load: " + rows.size() + " requests, " + acked.size() + " acknowledged turns");
  }

  static Path stopFile;

  /** Until the time is up or the drill writes DIR/stop (it ends the load when its fault is over). */
  static boolean running(long until) {
    return System.currentTimeMillis() < until && !Files.exists(stopFile);
  }

  static void customer(
      String base,
      String issuer,
      int customer,
      long until,
      ConcurrentLinkedQueue<Row> rows,
      ConcurrentLinkedQueue<String> acked) {
    String user = USERS[customer % USERS.length];
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .cookieHandler(new java.net.CookieManager())
            .build();
    String token = null;
    String conversation = null;
    int turn = 0;
    while (running(until)) {
      if (token == null) {
        Result signIn = signIn(issuer, user);
        rows.add(signIn.row(customer, "signin"));
        token = signIn.token;
        if (token == null) {
          pause(1000);
          continue;
        }
      }
      if (conversation == null) {
        Result started = send(http, base + "/api/conversations", token, "", customer, "start");
        rows.add(started.row);
        if (started.row.status == 201) {
          conversation = firstId(started.body);
        } else {
          token = started.row.status == 401 ? null : token;
          pause(started.row.status == 0 ? 200 : 500);
        }
        continue;
      }
      String text = QUESTIONS[turn++ % QUESTIONS.length];
      Result answered =
          send(
              http,
              base + "/api/conversations/" + conversation + "/messages",
              token,
              "{\"text\":\"" + text + "\"}",
              customer,
              "turn");
      rows.add(answered.row);
      if (answered.row.status == 200) {
        List<String> ids = ids(answered.body);
        if (ids.size() >= 2) {
          acked.add(conversation + "," + ids.get(0) + "," + ids.get(1) + "," + answered.row.endMs);
        }
      } else if (answered.row.status == 401) {
        token = null;
      } else {
        pause(answered.row.status == 0 ? 200 : 500);
      }
    }
  }

  /** New sign-ins while the drill runs (the Keycloak drill: they must fail clearly, then work). */
  static void signInProbe(String issuer, int every, long until, ConcurrentLinkedQueue<Row> rows) {
    while (running(until)) {
      rows.add(signIn(issuer, "alice").row(-1, "signin-probe"));
      pause(every * 1000L);
    }
  }

  record Result(Row row, String body, String token) {
    Row row(int customer, String kind) {
      return new Row(
          row.startMs, row.endMs, customer, kind, row.status, row.retryAfter, row.problemJson,
          row.stackTrace, row.note);
    }
  }

  static Result signIn(String issuer, String user) {
    String form =
        "grant_type=password&client_id=tellerline-test-harness&username="
            + user
            + "&password="
            + URLEncoder.encode(user + "-demo-only", StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Result result = exchange(HTTP, request, -1, "signin");
    Matcher token = TOKEN.matcher(result.body);
    return new Result(
        result.row, result.body, result.row.status == 200 && token.find() ? token.group(1) : null);
  }

  static Result send(
      HttpClient http, String url, String token, String json, int customer, String kind) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return exchange(http, request, customer, kind);
  }

  static Result exchange(HttpClient http, HttpRequest request, int customer, String kind) {
    long start = System.currentTimeMillis();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long end = System.currentTimeMillis();
      String body = response.body();
      String type = response.headers().firstValue("Content-Type").orElse("");
      boolean stack =
          body.contains("Exception") || body.contains("\tat ") || body.contains("at io.tellerline");
      String note = response.statusCode() >= 400 ? titleOf(body) : "";
      return new Result(
          new Row(
              start,
              end,
              customer,
              kind,
              response.statusCode(),
              response.headers().firstValue("Retry-After").orElse(""),
              type.startsWith("application/problem+json"),
              stack,
              note),
          body,
          null);
    } catch (IOException e) {
      return new Result(
          new Row(start, System.currentTimeMillis(), customer, kind, 0, "", false, false,
              e.getClass().getSimpleName()),
          "",
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String titleOf(String body) {
    Matcher title = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
    return title.find() ? title.group(1) : body.length() > 60 ? body.substring(0, 60) : body;
  }

  static String firstId(String body) {
    Matcher id = ID.matcher(body);
    return id.find() ? id.group(1) : null;
  }

  static List<String> ids(String body) {
    List<String> ids = new ArrayList<>();
    Matcher id = ID.matcher(body);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ------------------------------------------------------------------------------------------
  // report

  static void report(Path dir, long faultAt, long faultEnd) throws IOException {
    List<Row> rows = Files.readAllLines(dir.resolve("requests.csv")).stream().map(Row::parse).toList();
    List<Row> api = rows.stream().filter(r -> r.kind.equals("turn") || r.kind.equals("start")).toList();
    Map<String, Integer> byStatus = new TreeMap<>();
    api.forEach(r -> byStatus.merge(r.kind + ":" + (r.status == 0 ? "no-answer" : r.status), 1, Integer::sum));
    long turns = api.stream().filter(r -> r.kind.equals("turn")).count();
    long ok = api.stream().filter(r -> r.kind.equals("turn") && r.status == 200).count();
    long errors = api.stream().filter(r -> r.status != 200 && r.status != 201).count();
    long slow = api.stream().filter(r -> r.endMs - r.startMs > 5000).count();
    long maxMs = api.stream().mapToLong(r -> r.endMs - r.startMs).max().orElse(0);
    long unavailable = api.stream().filter(r -> r.status == 503).count();
    long unavailableWithoutRetry =
        api.stream().filter(r -> r.status == 503 && r.retryAfter.isEmpty()).count();
    long notProblem =
        api.stream().filter(r -> r.status >= 400 && !r.problemJson).count();
    long stack = api.stream().filter(r -> r.stackTrace).count();
    long firstErrorAfterFault =
        api.stream()
            .filter(r -> r.status != 200 && r.status != 201 && r.endMs >= faultAt)
            .mapToLong(r -> r.endMs - faultAt)
            .min()
            .orElse(-1);
    // Recovery: the first successful turn completed after the last failed request, measured from
    // the end of the fault (for a kill or crash: from the fault itself).
    long lastFailure =
        api.stream().filter(r -> r.status != 200 && r.status != 201).mapToLong(r -> r.endMs).max().orElse(-1);
    long recoveredAt =
        api.stream()
            .filter(r -> r.kind.equals("turn") && r.status == 200 && r.endMs >= Math.max(lastFailure, faultEnd))
            .mapToLong(r -> r.endMs)
            .min()
            .orElse(-1);
    long recovery = recoveredAt < 0 ? -1 : Math.max(0, recoveredAt - faultEnd);
    // The longest time in which no customer got an answer, around the fault.
    List<Long> answered =
        api.stream()
            .filter(r -> r.kind.equals("turn") && r.status == 200)
            .map(r -> r.endMs)
            .sorted()
            .toList();
    long gap = 0;
    for (int i = 1; i < answered.size(); i++) {
      if (answered.get(i) >= faultAt) {
        gap = Math.max(gap, answered.get(i) - Math.max(answered.get(i - 1), faultAt));
      }
    }
    Map<String, Integer> probes = new TreeMap<>();
    rows.stream()
        .filter(r -> r.kind.equals("signin-probe"))
        .forEach(r -> probes.merge((r.startMs < faultAt ? "before:" : r.startMs < faultEnd ? "during:" : "after:")
            + (r.status == 0 ? "no-answer" : r.status), 1, Integer::sum));
    System.out.printf(
        "turns=%d answered=%d errors=%d by_status=%s max_ms=%d over_5s=%d 503=%d 503_without_retry_after=%d"
            + " errors_not_problem_json=%d stack_traces=%d first_error_after_fault_ms=%d"
            + " longest_pause_without_answer_ms=%d recovered_after_ms=%d%s%n",
        turns, ok, errors, byStatus, maxMs, slow, unavailable, unavailableWithoutRetry, notProblem,
        stack, firstErrorAfterFault, gap, recovery,
        probes.isEmpty() ? "" : " new_sign_ins=" + probes);
  }

  // ------------------------------------------------------------------------------------------
  // verify

  static int verify(Path dir, String jdbc, String user) throws Exception {
    List<String> acked = Files.readAllLines(dir.resolve("acked.csv"));
    int lost = 0;
    try (Connection db = DriverManager.getConnection(jdbc, user, "")) {
      PreparedStatement message =
          db.prepareStatement(
              "select count(*) from conversation_message where id = ?::uuid and conversation_id = ?::uuid");
      PreparedStatement audit =
          db.prepareStatement(
              "select count(*) from audit_event where conversation_id = ?::uuid"
                  + " and event_type = 'AI_DECISION' and payload like ?");
      for (String line : acked) {
        String[] f = line.split(",");
        boolean complete =
            count(message, f[1], f[0]) == 1
                && count(message, f[2], f[0]) == 1
                && count(audit, f[0], "%\"messageId\":\"" + f[1] + "\"%") == 1;
        if (!complete) {
          lost++;
          System.out.println("LOST: " + line);
        }
      }
    }
    String audit = auditVerification(jdbc, user);
    System.out.println(
        "acknowledged_turns=" + acked.size() + " acknowledged_turns_lost=" + lost + " " + audit);
    return lost == 0 && audit.startsWith("audit_log_verified=true") ? 0 : 1;
  }

  static long count(PreparedStatement query, String first, String second) throws Exception {
    query.setString(1, first);
    query.setString(2, second);
    try (ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * The application's own check of the stored log (every event against its leaf hash, the root
   * against the signed heads, the heads' signatures and consistency), run on the database: the
   * class JdbcAuditLog from tellerline-core on the class path, its data source set by hand.
   */
  static String auditVerification(String jdbc, String user) throws Exception {
    Class<?> type = Class.forName("io.tellerline.audit.infrastructure.JdbcAuditLog");
    Object log = type.getDeclaredConstructor().newInstance();
    // A data source that opens a connection per call, as the pool would hand one out.
    javax.sql.DataSource source =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                ChatLoad.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("getConnection")) {
                    return DriverManager.getConnection(jdbc, user, "");
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    set(log, "dataSource", source);
    set(log, "clock", Clock.systemUTC());
    // The sequencer signs a head every second: wait until everything pending is in the tree.
    for (int i = 0; i < 30; i++) {
      try (Connection db = source.getConnection();
          ResultSet pending = db.createStatement().executeQuery("select count(*) from audit_pending")) {
        pending.next();
        if (pending.getLong(1) == 0) {
          break;
        }
      }
      Thread.sleep(1000);
    }
    Object verification = type.getMethod("verify").invoke(log);
    Class<?> result = verification.getClass();
    return "audit_log_verified="
        + result.getMethod("verified").invoke(verification)
        + " audit_events="
        + result.getMethod("events").invoke(verification)
        + " audit_tree_size="
        + result.getMethod("treeSize").invoke(verification)
        + " audit_problems="
        + result.getMethod("problems").invoke(verification).toString().replace(' ', '_');
  }

  static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
