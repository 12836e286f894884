package io.tellerline.platform.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps exceptions it does not know as application exceptions (e.g. where a
 * deployment descriptor is not read); answer for the cause, as if it had not been wrapped.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException exception) {
    Throwable cause = exception.getCause() == null ? exception : exception.getCause();
    if (cause == exception || cause instanceof EJBException) {
      return new UnexpectedExceptionMapper().toResponse(exception);
    }
    ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
    return mapper == null
        ? new UnexpectedExceptionMapper().toResponse(cause)
        : mapper.toResponse(cause);
  }
}
