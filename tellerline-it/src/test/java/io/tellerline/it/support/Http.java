package io.tellerline.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  public static HttpResponse<String> get(String url, String bearer) {
    return send(request(url, bearer).GET().build());
  }

  /** GET with another Accept header (an event stream); only for answers that end (errors). */
  public static HttpResponse<String> get(String url, String bearer, String accept) {
    return send(request(url, bearer).setHeader("Accept", accept).GET().build());
  }

  /** GETs a document (a statement) as bytes. */
  public static HttpResponse<byte[]> getBytes(String url, String bearer) {
    try {
      return CLIENT.send(
          request(url, bearer).setHeader("Accept", "application/pdf").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> delete(String url, String bearer) {
    return send(request(url, bearer).DELETE().build());
  }

  public static HttpResponse<String> postJson(String url, String bearer, String json) {
    return post(url, bearer, "application/json", json);
  }

  public static HttpResponse<String> putJson(String url, String bearer, String json) {
    return withBody("PUT", url, bearer, "application/json", json);
  }

  public static HttpResponse<String> post(
      String url, String bearer, String contentType, String body) {
    return withBody("POST", url, bearer, contentType, body);
  }

  private static HttpResponse<String> withBody(
      String method, String url, String bearer, String contentType, String body) {
    return send(
        request(url, bearer)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * A request with Accept-Language (problem details come in that language); {@code json} null for
   * none.
   */
  public static HttpResponse<String> inLanguage(
      String language, String method, String url, String bearer, String json) {
    HttpRequest.Builder request = request(url, bearer).header("Accept-Language", language);
    if (json == null) {
      return send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
    return send(
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static HttpResponse<String> postForm(String url, String form) {
    return post(url, null, "application/x-www-form-urlencoded", form);
  }

  private static HttpRequest.Builder request(String url, String bearer) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
