package io.tellerline.conversation.domain;

/** A figure drift monitoring watches, per language and per intent. */
public enum DriftFigure {
  NOT_UNDERSTOOD_RATE,
  /** Drifts when it falls: the model is less sure of what it sees. */
  MEAN_CONFIDENCE,
  OUT_OF_SCOPE_RATE,
  FRUSTRATION_RATE,
  ESCALATION_RATE
}
