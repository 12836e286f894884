package io.tellerline.platform.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps system exceptions (a programming error, an optimistic-lock conflict at
 * commit) in EJBException; business failures are application exceptions and arrive unwrapped.
 * Answer for the cause, once unwrapped, as if it had not been wrapped.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context Providers providers;
  @Context HttpHeaders headers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException exception) {
    Throwable cause = exception.getCause();
    if (cause == null || cause instanceof EJBException) {
      return UnexpectedExceptionMapper.respond(exception, Problem.language(headers));
    }
    ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
    return mapper == null
        ? UnexpectedExceptionMapper.respond(cause, Problem.language(headers))
        : mapper.toResponse(cause);
  }
}
