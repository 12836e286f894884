package io.tellerline.recommendation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A customer accepts or declines a recommendation. A class, not a record: see NewMessageRequest.
 */
public class DecisionRequest {

  @NotNull
  @Pattern(regexp = "ACCEPTED|DECLINED")
  private String decision;

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }
}
