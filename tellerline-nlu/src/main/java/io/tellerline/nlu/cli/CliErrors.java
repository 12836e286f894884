package io.tellerline.nlu.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

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

  /** The exception that says what went wrong, not the wrappers around it. */
  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null
        && (t instanceof UncheckedIOException
            || t instanceof ExecutionException
            || t instanceof CompletionException)) {
      t = t.getCause();
    }
    return t;
  }
}
