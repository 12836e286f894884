package io.tellerline.conversation.application;

import jakarta.json.JsonObject;
import java.util.Locale;

/** Turns a customer's data export (the JSON document) into the readable document she downloads. */
public interface DataExportRenderer {

  /** The readable form's bytes (PDF), labelled in the customer's language. */
  byte[] render(JsonObject document, Locale language);
}
