package io.tellerline.platform.api;

import io.tellerline.kernel.BusinessException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * RFC 9457 problem details, in the request's language (Accept-Language: English or German, English
 * when neither is asked for). Only texts written here or in the failures bundle reach clients:
 * never exception messages, class names, stack traces or the values a client sent.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://tellerline.io/problems/";
  private static final String TEXTS = "io.tellerline.platform.api.Problems";

  /** One invalid field of a request, by its JSON name, and what is wrong with it. */
  public record FieldProblem(String field, String detail) {}

  private Problem() {}

  /** The first language the client accepts that the bank speaks; English otherwise. */
  public static Locale language(HttpHeaders headers) {
    if (headers != null) {
      for (Locale accepted : headers.getAcceptableLanguages()) {
        if (accepted.getLanguage().equals("de")) {
          return Locale.GERMAN;
        }
        if (accepted.getLanguage().equals("en")) {
          return Locale.ENGLISH;
        }
      }
    }
    return Locale.ENGLISH;
  }

  /** A text of the API's own problems ({@code Problems*.properties}). */
  public static String text(String key, Locale language, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            TEXTS,
            language,
            Problem.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), language).format(arguments);
  }

  /** The problem's JSON, for answers written outside JAX-RS (servlet filters, the mechanism). */
  public static String json(int status, String type, String title, String detail) {
    return body(status, type, title, detail).build().toString();
  }

  public static Response.ResponseBuilder of(int status, String type, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, type, title, detail).build().toString());
  }

  /** 400 {@code invalid-request}, listing each field and what is wrong with it. */
  public static Response.ResponseBuilder invalid(List<FieldProblem> problems, Locale language) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    problems.forEach(
        problem ->
            errors.add(
                Json.createObjectBuilder()
                    .add("field", problem.field())
                    .add("detail", problem.detail())));
    JsonObjectBuilder body =
        body(
                400,
                "invalid-request",
                BusinessException.text("kind.INVALID_INPUT", language),
                BusinessException.text("input.fields", language))
            .add("errors", errors);
    return Response.status(400).type(MEDIA_TYPE).language(language).entity(body.build().toString());
  }

  private static JsonObjectBuilder body(int status, String type, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", type == null ? "about:blank" : TYPE_BASE + type)
        .add("title", title)
        .add("status", status)
        .add("detail", detail);
  }
}
