package io.tellerline.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;

/**
 * Bean Validation failures at the API boundary: the same 400 problem as invalid input found by a
 * service, with each field's name and the constraint's message in the request's language. The
 * rejected value is never shown (it may be personal data).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale language = Problem.language(headers);
    return Problem.invalid(
            exception.getConstraintViolations().stream()
                .map(violation -> describe(violation, language))
                .sorted(Comparator.comparing(Problem.FieldProblem::field))
                .toList(),
            language)
        .build();
  }

  private static Problem.FieldProblem describe(ConstraintViolation<?> violation, Locale language) {
    String path = violation.getPropertyPath().toString();
    return new Problem.FieldProblem(
        path.substring(path.lastIndexOf('.') + 1), message(violation, language));
  }

  /** The constraint's message again, in the request's language and without the value. */
  private static String message(ConstraintViolation<?> violation, Locale language) {
    try {
      return Interpolator.INSTANCE.interpolate(
          violation.getMessageTemplate(), new WithoutValue(violation), language);
    } catch (ValidationException | LinkageError noInterpolator) {
      return violation.getMessage(); // in the server's language: better than none
    }
  }

  /** Built once, lazily: the container's provider (Hibernate Validator) and its translations. */
  private static final class Interpolator {
    static final MessageInterpolator INSTANCE =
        Validation.buildDefaultValidatorFactory().getMessageInterpolator();
  }

  private record WithoutValue(ConstraintViolation<?> violation)
      implements MessageInterpolator.Context {

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
      return null;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new ValidationException("not available: " + type.getName());
    }
  }
}
