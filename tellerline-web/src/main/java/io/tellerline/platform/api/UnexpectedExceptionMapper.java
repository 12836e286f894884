package io.tellerline.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: 500 with an incident id the customer can quote; the details go to the log
 * only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": unexpected error in the API", exception);
    return Problem.of(
            500,
            "internal-error",
            "Internal error",
            "Something went wrong on our side. Please quote incident " + incident + ".")
        .build();
  }
}
