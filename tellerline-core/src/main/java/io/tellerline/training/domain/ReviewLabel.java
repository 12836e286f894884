package io.tellerline.training.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reviewer's decision (table {@code review_label}): a turn labelled ({@code APPROVED}), dismissed
 * or rewritten by staff, or a staff-written text. Only a staff-written label holds text.
 */
public record ReviewLabel(
    UUID id,
    UUID messageId,
    UUID correctionId,
    DatasetRowSource source,
    Status status,
    String language,
    String intent,
    String text,
    String decidedBy,
    Instant decidedAt) {

  /** What the reviewer decided. */
  public enum Status {
    APPROVED,
    DISMISSED,
    /** The turn was replaced by a staff-written text (its own label). */
    REWRITTEN
  }

  public ReviewLabel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(language, "language");
    if ((source == DatasetRowSource.STAFF_WRITTEN) != (messageId == null)
        || (source == DatasetRowSource.STAFF_WRITTEN) != (text != null)
        || (status == Status.APPROVED) != (intent != null)
        || source == DatasetRowSource.SHIPPED_CORPUS) {
      throw new IllegalArgumentException("inconsistent review label " + source + " " + status);
    }
  }
}
