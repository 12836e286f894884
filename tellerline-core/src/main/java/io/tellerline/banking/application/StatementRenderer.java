package io.tellerline.banking.application;

import io.tellerline.banking.domain.StatementDocument;
import java.util.Locale;

/** Turns a statement into the document the customer downloads. */
public interface StatementRenderer {

  /** The document's bytes, labelled in the customer's language. */
  byte[] render(StatementDocument statement, Locale language);

  /** The media type of what {@link #render} returns. */
  String mediaType();
}
