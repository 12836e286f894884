package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.Json;
import io.tellerline.it.support.Keycloak;
import io.tellerline.it.support.MicroProcess;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenTelemetry traces of a turn, exported over OTLP/HTTP by Payara's own MicroProfile Telemetry: a
 * Payara Micro started with the standard {@code OTEL_*} variables sends them to a collector the
 * test plays (a JDK HTTP server reading the protobuf); one trace holds the API request, the NLU and
 * the database steps of the turn, and no span holds the customer's words or id.
 */
class TurnTraceIT {

  private static final String QUESTION = "what is my balance?";
  private static final List<byte[]> EXPORTS = new ArrayList<>();
  private static HttpServer collector;
  private static MicroProcess micro;

  @BeforeAll
  static void tracedInstance() throws Exception {
    collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    collector.createContext(
        "/v1/traces",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          synchronized (EXPORTS) {
            EXPORTS.add(body);
          }
          exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    collector.start();
    Path logs = Files.createDirectories(Path.of("target", "turn-trace"));
    micro =
        MicroProcess.start(
            18486,
            logs.resolve("traced.log"),
            Map.of(
                "OTEL_SDK_DISABLED", "false",
                "OTEL_SERVICE_NAME", "tellerline-it",
                "OTEL_TRACES_EXPORTER", "otlp",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                    "http://127.0.0.1:" + collector.getAddress().getPort(),
                "OTEL_BSP_SCHEDULE_DELAY", "200",
                "OTEL_METRICS_EXPORTER", "none",
                "OTEL_LOGS_EXPORTER", "none"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.close();
    }
    if (collector != null) {
      collector.stop(0);
    }
  }

  @Test
  void aTurnIsOneTraceFromTheRequestThroughTheNluToTheDatabase() throws Exception {
    String token = Keycloak.accessToken(DemoUser.named(DemoUser.ALICE));
    HttpResponse<String> started =
        Http.post(micro.base() + "api/conversations", token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String conversation = Json.parse(started.body()).getString("id");
    HttpResponse<String> answered =
        Http.postJson(
            micro.base() + "api/conversations/" + conversation + "/messages",
            token,
            Json.object("text", QUESTION).toString());
    assertEquals(200, answered.statusCode(), answered.body());

    List<SpanRecord> spans = spansUntilTheNlusTraceHasItsRequest(30_000);
    SpanRecord nlu = named(spans, "tellerline.nlu").orElseThrow(() -> new AssertionError(spans));
    List<SpanRecord> trace = spans.stream().filter(s -> s.traceId().equals(nlu.traceId())).toList();
    Files.writeString(
        Path.of("target", "turn-trace", "spans.txt"),
        String.join("\n", trace.stream().map(SpanRecord::toString).toList()));
    SpanRecord request =
        trace.stream()
            .filter(s -> s.kind() == SpanRecord.SERVER)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no server span in " + trace));
    assertEquals(request, root(trace, nlu), "the NLU step is inside the API request's trace");
    for (String step :
        List.of(
            "tellerline.conversation.load", "tellerline.usage.count", "tellerline.audit.append")) {
      SpanRecord database =
          named(trace, step).orElseThrow(() -> new AssertionError(step + " in " + trace));
      assertEquals(SpanRecord.CLIENT, database.kind(), step);
      assertEquals(request, root(trace, database), step);
    }

    String exported = everythingExported();
    String customer =
        BankDatabase.single(
                "select customer_id from conversation where id = ?", UUID.fromString(conversation))
            .toString();
    for (String secret : List.of(QUESTION, "balance", customer, "alice")) {
      assertFalse(exported.contains(secret), "a span holds " + secret);
    }
  }

  private static Optional<SpanRecord> named(List<SpanRecord> spans, String name) {
    return spans.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The span's outermost ancestor within the trace. */
  private static SpanRecord root(List<SpanRecord> trace, SpanRecord span) {
    SpanRecord current = span;
    for (int depth = 0; depth < 20; depth++) {
      String parent = current.parentId();
      Optional<SpanRecord> up = trace.stream().filter(s -> s.spanId().equals(parent)).findFirst();
      if (up.isEmpty()) {
        return current;
      }
      current = up.get();
    }
    throw new AssertionError("a cycle of parents in " + trace);
  }

  /**
   * Everything exported once the NLU span and a server span of its trace are in (or time is up).
   */
  private static List<SpanRecord> spansUntilTheNlusTraceHasItsRequest(long millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      List<SpanRecord> spans = new ArrayList<>();
      synchronized (EXPORTS) {
        EXPORTS.forEach(body -> spans.addAll(SpanRecord.allIn(body)));
      }
      Optional<SpanRecord> nlu = named(spans, "tellerline.nlu");
      boolean complete =
          nlu.isPresent()
              && spans.stream()
                  .anyMatch(
                      s ->
                          s.kind() == SpanRecord.SERVER && s.traceId().equals(nlu.get().traceId()));
      if (complete || System.currentTimeMillis() > deadline) {
        assertTrue(!spans.isEmpty(), "nothing exported; see target/turn-trace/traced.log");
        return spans;
      }
      Thread.sleep(500);
    }
  }

  private static String everythingExported() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    synchronized (EXPORTS) {
      EXPORTS.forEach(all::writeBytes);
    }
    return all.toString(StandardCharsets.ISO_8859_1);
  }

  /**
   * One span of an OTLP {@code ExportTraceServiceRequest}, read with the protobuf wire format
   * alone: request.1 resource spans, .2 scope spans, .2 spans; a span's fields 1 trace id, 2 span
   * id, 4 parent span id, 5 name, 6 kind.
   */
  record SpanRecord(String traceId, String spanId, String parentId, String name, long kind) {

    static final long SERVER = 2;
    static final long CLIENT = 3;

    static List<SpanRecord> allIn(byte[] request) {
      List<SpanRecord> spans = new ArrayList<>();
      for (byte[] resourceSpans : Wire.fields(request, 1)) {
        for (byte[] scopeSpans : Wire.fields(resourceSpans, 2)) {
          for (byte[] span : Wire.fields(scopeSpans, 2)) {
            spans.add(
                new SpanRecord(
                    hex(Wire.first(span, 1)),
                    hex(Wire.first(span, 2)),
                    hex(Wire.first(span, 4)),
                    new String(Wire.first(span, 5), StandardCharsets.UTF_8),
                    Wire.varint(span, 6)));
          }
        }
      }
      return spans;
    }

    private static String hex(byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
  }

  /** The protobuf wire format: tags, varints and length-delimited fields. */
  static final class Wire {

    private Wire() {}

    static List<byte[]> fields(byte[] message, int number) {
      List<byte[]> found = new ArrayList<>();
      read(message, number, found, new long[1]);
      return found;
    }

    static byte[] first(byte[] message, int number) {
      List<byte[]> found = fields(message, number);
      return found.isEmpty() ? new byte[0] : found.get(0);
    }

    static long varint(byte[] message, int number) {
      long[] value = {0};
      read(message, number, new ArrayList<>(), value);
      return value[0];
    }

    private static void read(byte[] message, int number, List<byte[]> bytes, long[] varint) {
      int[] at = {0};
      while (at[0] < message.length) {
        long tag = readVarint(message, at);
        int field = (int) (tag >>> 3);
        int type = (int) (tag & 7);
        switch (type) {
          case 0 -> {
            long value = readVarint(message, at);
            if (field == number) {
              varint[0] = value;
            }
          }
          case 1 -> at[0] += 8;
          case 5 -> at[0] += 4;
          case 2 -> {
            int length = (int) readVarint(message, at);
            if (field == number) {
              byte[] value = new byte[length];
              System.arraycopy(message, at[0], value, 0, length);
              bytes.add(value);
            }
            at[0] += length;
          }
          default -> throw new IllegalArgumentException("wire type " + type);
        }
      }
    }

    private static long readVarint(byte[] message, int[] at) {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = message[at[0]++];
        value |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
    }
  }
}
