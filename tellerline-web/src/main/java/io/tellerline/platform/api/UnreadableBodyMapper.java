package io.tellerline.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not JSON of the expected shape: the client's mistake, so 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException exception) {
    return Problem.of(
            400,
            "unreadable-body",
            "Bad Request",
            "The request body could not be read. Send valid JSON of the documented shape.")
        .build();
  }
}
