package io.tellerline.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Standard JAX-RS errors (unknown route, wrong method or media type, unreadable body) as problem
 * details, keeping their status and headers such as Allow.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String title = statusType == null ? "Error" : statusType.getReasonPhrase();
    Locale language = Problem.language(headers);
    Response.ResponseBuilder problem =
        Problem.of(status, null, title, detailFor(status, language)).language(language);
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> problem.header(name, value));
              }
            });
    if (status == 401 && original.getHeaderString("WWW-Authenticate") == null) {
      problem.header("WWW-Authenticate", "Bearer realm=\"tellerline\"");
    }
    return problem.build();
  }

  private static String detailFor(int status, Locale language) {
    return switch (status) {
      case 400, 404, 405, 406, 415 -> Problem.text("status." + status, language);
      default -> Problem.text("status.other", language);
    };
  }
}
