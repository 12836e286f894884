package io.tellerline.training.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Optional;
import java.util.UUID;

/**
 * An approved label as a version would take it: the text (a turn's masked text as stored now, or
 * staff-written), whose customer it is (none for staff-written text) and whether she was erased.
 */
public record LabelCandidate(
    UUID labelId,
    DatasetRowSource source,
    UUID correctionId,
    String language,
    String intent,
    String text,
    Optional<CustomerId> customer,
    boolean erased) {

  /** The row's lineage: the correction it confirms, else the label; never a person. */
  public String sourceRef() {
    return source == DatasetRowSource.STAFF_CORRECTION && correctionId != null
        ? "intent-correction:" + correctionId
        : "review-label:" + labelId;
  }
}
