package io.tellerline.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details. Only texts written here reach clients: never exception messages, class
 * names or stack traces.
 */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://tellerline.io/problems/";

  private Problem() {}

  public static Response.ResponseBuilder of(int status, String type, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, type, title, detail).build().toString());
  }

  public static Response.ResponseBuilder invalid(List<String> violations) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    violations.forEach(errors::add);
    JsonObjectBuilder body =
        body(400, "invalid-request", "Invalid request", "The request has invalid fields.")
            .add("errors", errors);
    return Response.status(400).type(MEDIA_TYPE).entity(body.build().toString());
  }

  private static JsonObjectBuilder body(int status, String type, String title, String detail) {
    return Json.createObjectBuilder()
        .add("type", type == null ? "about:blank" : TYPE_BASE + type)
        .add("title", title)
        .add("status", status)
        .add("detail", detail);
  }
}
