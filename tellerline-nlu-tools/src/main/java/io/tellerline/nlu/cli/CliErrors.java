package io.tellerline.nlu.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One line for a person at a terminal, instead of a stack trace. */
final class CliErrors {

  private CliErrors() {}

  static String describe(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (cause instanceof AccessDeniedException denied) {
      return "cannot read or write: " + denied.getFile();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** The exception that says what went wrong, not the unchecked wrapper around an I/O error. */
  private static Throwable unwrap(Throwable failure) {
    return failure instanceof UncheckedIOException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
