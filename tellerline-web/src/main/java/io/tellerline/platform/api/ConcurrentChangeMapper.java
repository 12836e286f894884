package io.tellerline.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Two requests changed the same conversation at once; one won, this one was rolled back whole
 * (nothing half-stored). The client may simply send again. Not a business failure: the database
 * found it, and the EJB container delivers it wrapped (see {@link EjbExceptionMapper}).
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(OptimisticLockException exception) {
    Locale language = Problem.language(headers);
    return Problem.of(409, "concurrent-change", "Conflict", Problem.text("concurrent", language))
        .language(language)
        .build();
  }
}
