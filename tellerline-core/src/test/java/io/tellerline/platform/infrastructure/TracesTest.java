package io.tellerline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step's span: only inside a traced request, with fixed attributes, failures by class only. */
class TracesTest {

  private final List<String> recorded = new ArrayList<>();
  private final Traces traces = new Traces();

  TracesTest() {
    traces.tracers = instanceOf(tracer());
  }

  @Test
  void outsideATracedRequestTheStepRunsWithoutTouchingTheTracer() {
    traces.tracers = instanceOf(null);

    assertEquals("done", traces.inSpan("tellerline.nlu", () -> "done"));
    assertEquals(1, traces.database("tellerline.x", "INSERT", "t", () -> 1));
  }

  @Test
  void insideATracedRequestTheStepIsAChildSpanWithOnlyItsFixedAttributes() {
    try (Scope request = requestSpan()) {
      traces.database(
          "tellerline.audit.append", "INSERT", "audit_event", () -> "secret text stays out");
    }

    assertEquals(
        List.of(
            "span tellerline.audit.append CLIENT",
            "db.system=postgresql",
            "db.operation=INSERT",
            "db.sql.table=audit_event",
            "started",
            "ended"),
        recorded);
  }

  @Test
  void aFailureMarksTheSpanWithTheExceptionsClassOnlyAndIsRethrown() {
    try (Scope request = requestSpan()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              traces.inSpan(
                  "tellerline.nlu",
                  () -> {
                    throw new IllegalStateException("customer 42 said something");
                  }));
    }

    assertEquals(
        List.of(
            "span tellerline.nlu INTERNAL",
            "started",
            "status ERROR java.lang.IllegalStateException",
            "ended"),
        recorded);
  }

  private static Scope requestSpan() {
    return Span.wrap(
            SpanContext.create(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                TraceFlags.getSampled(),
                TraceState.getDefault()))
        .makeCurrent();
  }

  @SuppressWarnings("unchecked")
  private static Instance<Tracer> instanceOf(Tracer tracer) {
    return (Instance<Tracer>)
        Proxy.newProxyInstance(
            Instance.class.getClassLoader(),
            new Class<?>[] {Instance.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("get") && tracer != null) {
                return tracer;
              }
              throw new IllegalStateException("no tracer may be asked for: " + method);
            });
  }

  private Tracer tracer() {
    return (Tracer)
        Proxy.newProxyInstance(
            Tracer.class.getClassLoader(),
            new Class<?>[] {Tracer.class},
            (proxy, method, arguments) -> builder((String) arguments[0]));
  }

  private SpanBuilder builder(String name) {
    String[] kind = {""};
    return (SpanBuilder)
        Proxy.newProxyInstance(
            SpanBuilder.class.getClassLoader(),
            new Class<?>[] {SpanBuilder.class},
            (proxy, method, arguments) -> {
              switch (method.getName()) {
                case "setSpanKind" -> {
                  kind[0] = arguments[0].toString();
                  recorded.add("span " + name + " " + kind[0]);
                  return proxy;
                }
                case "setAttribute" -> {
                  recorded.add(arguments[0] + "=" + arguments[1]);
                  return proxy;
                }
                case "startSpan" -> {
                  recorded.add("started");
                  return span();
                }
                default -> throw new UnsupportedOperationException(method.toString());
              }
            });
  }

  private Span span() {
    Span invalid = Span.getInvalid();
    return (Span)
        Proxy.newProxyInstance(
            Span.class.getClassLoader(),
            new Class<?>[] {Span.class},
            (proxy, method, arguments) -> {
              switch (method.getName()) {
                case "end" -> {
                  recorded.add("ended");
                  return null;
                }
                case "setStatus" -> {
                  recorded.add("status " + arguments[0] + " " + arguments[1]);
                  return proxy;
                }
                case "makeCurrent" -> {
                  return invalid.makeCurrent();
                }
                default -> {
                  return method.invoke(invalid, arguments);
                }
              }
            });
  }
}
