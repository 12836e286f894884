package io.tellerline.conversation.push;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A JAX-RS server-sent event stream (the customer API, authorised by bearer token). When it ends
 * (closed, or found broken), {@code onEnd} runs once: it gives back the customer's stream lease.
 */
public final class SseChangeStream implements ChangeStream {

  private final SseEventSink sink;
  private final Sse sse;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Runnable onEnd;
  private volatile boolean failed;

  public SseChangeStream(SseEventSink sink, Sse sse, Runnable onEnd) {
    this.sink = sink;
    this.sse = sse;
    this.onEnd = onEnd;
  }

  @Override
  public boolean send(String event, String data) {
    return send(sse.newEventBuilder().name(event).data(data).build());
  }

  @Override
  public boolean heartbeat() {
    return send(sse.newEventBuilder().comment("keep-alive").build());
  }

  private boolean send(OutboundSseEvent event) {
    if (failed || sink.isClosed()) {
      return false;
    }
    try {
      sink.send(event)
          .exceptionally(
              gone -> {
                failed = true;
                return null;
              });
      return true;
    } catch (IllegalStateException closed) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      sink.close();
    } catch (RuntimeException alreadyGone) {
      // the client went away first
    } finally {
      if (ended.compareAndSet(false, true)) {
        onEnd.run();
      }
    }
  }
}
