package io.tellerline.conversation.domain;

import java.io.Serializable;
import java.util.OptionalDouble;

/** Step-ups asked for (a sensitive request waited for stronger sign-in) and those completed. */
public record StepUpCounts(long asked, long completed) implements Serializable {

  public OptionalDouble completionRate() {
    return KpiFigures.ratio(completed, asked);
  }
}
