package io.tellerline.platform.api;

import io.tellerline.platform.persistence.DatabaseOutage;
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
 * customer can quote; the details go to the log only. The database being out of reach (down,
 * partitioned, failing over) is not a fault of the request: 503 with Retry-After, so clients and
 * the load balancer try again shortly.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    return respond(exception, Problem.language(headers));
  }

  /** Seconds a client should wait before retrying while the database is away. */
  static final int RETRY_AFTER_SECONDS = 5;

  static Response respond(Throwable exception, Locale language) {
    if (DatabaseOutage.causes(exception)) {
      // Expected during a failover or outage: one line, no stack trace (the pool logs the cause).
      LOG.warning(() -> "database unavailable, answered 503: " + exception.getClass().getName());
      return Problem.of(
              503,
              "service-unavailable",
              Problem.text("unavailable.title", language),
              Problem.text("unavailable", language))
          .language(language)
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected error in the API", exception);
    return Problem.of(
            500, "internal-error", "Internal error", Problem.text("internal", language, incident))
        .language(language)
        .build();
  }
}
