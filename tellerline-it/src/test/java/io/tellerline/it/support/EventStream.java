package io.tellerline.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server-sent event stream read as a browser would, on a thread of its own: each event's name and
 * data, with the moment it arrived.
 */
public final class EventStream implements AutoCloseable {

  /** One event as received. */
  public record Event(String name, String data, long arrivedNanos) {}

  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Thread reader;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reader = new Thread(this::read, "event-stream " + response.uri());
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream with the given request headers; fails unless the server answers 200. */
  public static EventStream open(String url, Map<String, String> headers) {
    HttpResponse<Stream<String>> response = request(url, headers);
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return new EventStream(response);
  }

  /** The status a request for the stream gets (the stream itself is closed at once). */
  public static int status(String url, Map<String, String> headers) {
    HttpResponse<Stream<String>> response = request(url, headers);
    response.body().close();
    return response.statusCode();
  }

  public String contentType() {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The next event with this name (earlier ones of other names are skipped); fails on timeout. */
  public Event next(String name, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new AssertionError("no '" + name + "' event within " + timeout);
      }
      if (event.name().equals(name)) {
        return event;
      }
    }
  }

  /** Forgets events received so far. */
  public void drain() {
    events.clear();
  }

  private static HttpResponse<Stream<String>> request(String url, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").GET();
    headers.forEach(request::header);
    try {
      return HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .build()
          .send(request.build(), HttpResponse.BodyHandlers.ofLines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    String name = "message";
    StringBuilder data = new StringBuilder();
    try (Stream<String> lines = response.body()) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          events.add(new Event(name, data.toString(), System.nanoTime()));
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException closed) {
      // the stream was closed (by the test or the server)
    }
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
