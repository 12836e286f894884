package io.tellerline.conversation.api;

import io.tellerline.conversation.domain.ConversationLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The one-question survey at the end of a conversation, within {@link ConversationLimits}. A class:
 * see NewMessageRequest.
 */
public class SatisfactionRequest {

  @NotNull
  @Min(ConversationLimits.RATING_MIN)
  @Max(ConversationLimits.RATING_MAX)
  private Integer score;

  @Size(max = ConversationLimits.RATING_COMMENT_MAX)
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
