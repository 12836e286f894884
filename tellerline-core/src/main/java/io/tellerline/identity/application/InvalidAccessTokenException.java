package io.tellerline.identity.application;

/** The presented access token cannot be trusted. The message is for logs, never for clients. */
public class InvalidAccessTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidAccessTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
