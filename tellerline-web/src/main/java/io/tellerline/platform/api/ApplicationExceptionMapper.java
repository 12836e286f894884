package io.tellerline.platform.api;

import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.application.StatementNotFoundException;
import io.tellerline.conversation.application.ConversationNotFoundException;
import io.tellerline.conversation.application.PendingActionNotFoundException;
import io.tellerline.conversation.domain.ConversationClosedException;
import io.tellerline.conversation.domain.ConversationStateException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business errors the application layer raises, with texts written for customers. */
@Provider
public class ApplicationExceptionMapper implements ExceptionMapper<RuntimeException> {

  @Override
  public Response toResponse(RuntimeException exception) {
    if (exception instanceof ConversationNotFoundException) {
      return Problem.of(
              404, "conversation-not-found", "Not Found", "There is no such conversation.")
          .build();
    }
    if (exception instanceof PendingActionNotFoundException) {
      return Problem.of(
              404, "pending-action-not-found", "Not Found", "There is no such pending request.")
          .build();
    }
    if (exception instanceof StatementNotFoundException) {
      return Problem.of(404, "statement-not-found", "Not Found", exception.getMessage()).build();
    }
    if (exception instanceof NotACustomerException) {
      return Problem.of(
              403,
              "not-a-customer",
              "Forbidden",
              "Your login is not linked to a customer of this bank.")
          .build();
    }
    if (exception instanceof ConversationClosedException) {
      return Problem.of(
              409,
              "conversation-closed",
              "Conflict",
              "This conversation is closed. Start a new one.")
          .build();
    }
    if (exception instanceof ConversationStateException) {
      return Problem.of(409, "conversation-state", "Conflict", exception.getMessage()).build();
    }
    return new UnexpectedExceptionMapper().toResponse(exception);
  }
}
