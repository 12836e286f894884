package io.tellerline.conversation.push;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A server-sent event stream written on an asynchronous servlet response (the console, authorised
 * by the staff member's session).
 */
public final class ServletChangeStream implements ChangeStream, AsyncListener {

  private final AsyncContext context;
  private final PrintWriter writer;
  private volatile boolean ended;

  public ServletChangeStream(AsyncContext context) throws IOException {
    this.context = context;
    this.writer = context.getResponse().getWriter();
    context.addListener(this);
  }

  @Override
  public boolean send(String event, String data) {
    return write("event: " + event + "\ndata: " + data + "\n\n");
  }

  @Override
  public boolean heartbeat() {
    return write(": keep-alive\n\n");
  }

  private synchronized boolean write(String frame) {
    if (ended) {
      return false;
    }
    writer.write(frame);
    writer.flush();
    if (writer.checkError()) {
      ended = true;
    }
    return !ended;
  }

  @Override
  public synchronized void close() {
    if (!ended) {
      ended = true;
      try {
        context.complete();
      } catch (IllegalStateException alreadyComplete) {
        // the container ended it first
      }
    }
  }

  @Override
  public void onComplete(AsyncEvent event) {
    ended = true;
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    close();
  }

  @Override
  public void onError(AsyncEvent event) {
    ended = true;
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }
}
