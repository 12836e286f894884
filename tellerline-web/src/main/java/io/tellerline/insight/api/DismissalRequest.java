package io.tellerline.insight.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A customer dismisses an insight and says whether it was useful. A class, not a record: see
 * NewMessageRequest.
 */
public class DismissalRequest {

  @NotNull
  @Pattern(regexp = "USEFUL|NOT_USEFUL|WRONG")
  private String feedback;

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }
}
