package io.tellerline.training.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * One labelled example of a dataset version. {@code text} never holds personal data: it is the
 * masked text (placeholders for detected values) of a consenting customer's turn, or staff-written.
 * {@code sourceRef} names the origin (corpus file and line, review item or correction id), never a
 * person.
 */
public record DatasetRow(
    String language, String intent, String text, DatasetRowSource source, String sourceRef)
    implements Serializable {

  public DatasetRow {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    sourceRef = sourceRef == null ? "" : sourceRef;
  }
}
