package io.tellerline.conversation.domain;

/**
 * The assistant's figures for one group of customer messages (a language or an intent) in one
 * window (the recent one or its baseline): counts only, no message and no person.
 */
public record DriftGroupFigures(
    String dimension,
    String group,
    boolean recent,
    long turns,
    long notUnderstood,
    double confidenceMean,
    long outOfScope,
    long frustrated,
    long escalated) {

  public DriftGroupFigures {
    if (turns < 0
        || notUnderstood > turns
        || outOfScope > turns
        || frustrated > turns
        || escalated > turns) {
      throw new IllegalArgumentException("counts must be within the number of turns");
    }
  }

  /** The figure's value: a share of the turns, or the mean confidence. */
  public double value(DriftFigure figure) {
    if (turns == 0) {
      return 0;
    }
    return switch (figure) {
      case NOT_UNDERSTOOD_RATE -> (double) notUnderstood / turns;
      case MEAN_CONFIDENCE -> confidenceMean;
      case OUT_OF_SCOPE_RATE -> (double) outOfScope / turns;
      case FRUSTRATION_RATE -> (double) frustrated / turns;
      case ESCALATION_RATE -> (double) escalated / turns;
    };
  }
}
