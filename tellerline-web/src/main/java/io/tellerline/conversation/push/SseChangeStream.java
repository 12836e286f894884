package io.tellerline.conversation.push;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** A JAX-RS server-sent event stream (the customer API, authorised by bearer token). */
public final class SseChangeStream implements ChangeStream {

  private final SseEventSink sink;
  private final Sse sse;
  private volatile boolean failed;

  public SseChangeStream(SseEventSink sink, Sse sse) {
    this.sink = sink;
    this.sse = sse;
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
    sink.close();
  }
}
