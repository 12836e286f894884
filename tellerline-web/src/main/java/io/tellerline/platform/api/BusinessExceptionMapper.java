package io.tellerline.platform.api;

import io.tellerline.identity.api.StepUpRequired;
import io.tellerline.identity.application.CustomerSignInTooWeakException;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.TooManyRequestsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The one translation of business failures into HTTP: the kind gives the status, the exception its
 * problem type, and the failures bundle title and detail in the request's language. Invalid input
 * is answered like Bean Validation failures (the fields, never the values).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException failure) {
    Locale language = Problem.language(headers);
    if (failure instanceof StaffStepUpRequiredException stepUp) {
      // RFC 9470: the client must know which level to ask for, in WWW-Authenticate.
      return StepUpRequired.withoutPendingAction(stepUp.decision());
    }
    if (failure instanceof CustomerSignInTooWeakException weak) {
      return StepUpRequired.withoutPendingAction(weak.decision());
    }
    if (failure instanceof InvalidInputException invalid) {
      String detail = invalid.message(language);
      return Problem.invalid(
              invalid.fields().stream()
                  .map(field -> new Problem.FieldProblem(field, detail))
                  .toList(),
              language)
          .build();
    }
    Response.ResponseBuilder problem =
        Problem.of(
                status(failure.kind()),
                failure.type(),
                failure.title(language),
                failure.message(language))
            .language(language);
    if (failure instanceof TooManyRequestsException limited) {
      problem.header(HttpHeaders.RETRY_AFTER, limited.retryAfter().toSeconds());
    }
    return problem.build();
  }

  /** The HTTP status of a kind of failure; a new kind fails to compile here until it has one. */
  static int status(FailureKind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case INVALID_INPUT -> 400;
      case CONFLICT -> 409;
      case STEP_UP_REQUIRED -> 401;
      case GONE -> 410;
      case NOT_PERMITTED -> 403;
      case TOO_MANY_REQUESTS -> 429;
    };
  }
}
