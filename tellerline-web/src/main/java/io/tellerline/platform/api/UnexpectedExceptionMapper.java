package io.tellerline.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen (a programming error, a broken dependency): 500 with an incident id the
 * customer can quote; the details go to the log only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    return respond(exception, Problem.language(headers));
  }

  static Response respond(Throwable exception, Locale language) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected error in the API", exception);
    return Problem.of(
            500, "internal-error", "Internal error", Problem.text("internal", language, incident))
        .language(language)
        .build();
  }
}
