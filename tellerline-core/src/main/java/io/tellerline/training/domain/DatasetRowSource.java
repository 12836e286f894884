package io.tellerline.training.domain;

/** Where a training row came from (lineage for the model card). */
public enum DatasetRowSource {
  /** Tellerline's own corpus in tellerline-nlu (reference: file and line). */
  SHIPPED_CORPUS,
  /** A customer's turn from the review inbox, labelled by a reviewer; customer consented. */
  REVIEWED_TURN,
  /** A staff correction of the assistant's intent on a turn; customer consented. */
  STAFF_CORRECTION,
  /** Written by staff without personal data (no customer behind it). */
  STAFF_WRITTEN
}
