package io.tellerline.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Two requests changed the same conversation at once; one won, this one was rolled back whole
 * (nothing half-stored). The client may simply send again.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException exception) {
    return Problem.of(
            409,
            "concurrent-change",
            "Conflict",
            "The conversation was changed by another request at the same time. Please send again.")
        .build();
  }
}
