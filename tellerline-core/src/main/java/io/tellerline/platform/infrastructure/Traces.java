package io.tellerline.platform.infrastructure;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Spans of a turn's steps (the NLU, database work) in the request's OpenTelemetry trace, which
 * Payara's MicroProfile Telemetry starts for each API request once tracing is turned on ({@code
 * OTEL_SDK_DISABLED=false}; off by default, see the README). A step gets its span only inside a
 * traced request: with tracing off, or outside a request (timers, start-up), it just runs and the
 * tracer is never touched. A span carries its name and the fixed attributes given here, never a
 * method's arguments (no message text, no customer id); a failure marks it with the exception's
 * class only.
 */
@ApplicationScoped
public class Traces {

  private static final Logger LOG = Logger.getLogger(Traces.class.getName());

  @Inject Instance<Tracer> tracers;

  private volatile Tracer tracer;

  /** Runs {@code work} in a span of this name, a child of the request's current span. */
  public <T> T inSpan(String name, Supplier<T> work) {
    return traced(name, SpanKind.INTERNAL, null, null, work);
  }

  /** Runs database {@code work} (one statement kind on one table) in a client span of this name. */
  public <T> T database(String name, String operation, String table, Supplier<T> work) {
    return traced(name, SpanKind.CLIENT, operation, table, work);
  }

  private <T> T traced(
      String name, SpanKind kind, String operation, String table, Supplier<T> work) {
    if (!Span.current().getSpanContext().isValid()) {
      return work.get();
    }
    Span span = start(name, kind, operation, table);
    if (span == null) {
      return work.get();
    }
    try (Scope scope = span.makeCurrent()) {
      return work.get();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getName());
      throw e;
    } finally {
      span.end();
    }
  }

  /** The started span, or null (the step runs untraced) where the server offers no tracer. */
  private Span start(String name, SpanKind kind, String operation, String table) {
    try {
      if (tracer == null) {
        tracer = tracers.get();
      }
      SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind);
      if (operation != null) {
        builder
            .setAttribute("db.system", "postgresql")
            .setAttribute("db.operation", operation)
            .setAttribute("db.sql.table", table);
      }
      return builder.startSpan();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "no OpenTelemetry tracer here; the step runs untraced", e);
      return null;
    }
  }
}
