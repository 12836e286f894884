package io.tellerline.conversation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The one-question survey at the end of a conversation. A class: see NewMessageRequest. */
public class SatisfactionRequest {

  @NotNull(message = "is required")
  @Min(value = 1, message = "must be 1 to 5")
  @Max(value = 5, message = "must be 1 to 5")
  private Integer score;

  @Size(max = 500, message = "must have at most 500 characters")
  private String comment;

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
