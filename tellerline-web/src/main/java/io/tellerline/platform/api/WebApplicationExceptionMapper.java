package io.tellerline.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Standard JAX-RS errors (unknown route, wrong method or media type, unreadable body) as problem
 * details, keeping their status and headers such as Allow.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Response.StatusType statusType = Response.Status.fromStatusCode(status);
    String title = statusType == null ? "Error" : statusType.getReasonPhrase();
    Response.ResponseBuilder problem = Problem.of(status, null, title, detailFor(status));
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

  private static String detailFor(int status) {
    return switch (status) {
      case 400 -> "The request could not be read. Send valid JSON of the documented shape.";
      case 404 -> "There is no such resource.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "This resource cannot produce the requested media type.";
      case 415 -> "Send the request body as application/json.";
      default -> "The request could not be processed.";
    };
  }
}
