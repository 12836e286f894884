package io.tellerline.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A request body that is not JSON of the expected shape: the client's mistake, so 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    Locale language = Problem.language(headers);
    return Problem.of(400, "unreadable-body", "Bad Request", Problem.text("unreadable", language))
        .language(language)
        .build();
  }
}
