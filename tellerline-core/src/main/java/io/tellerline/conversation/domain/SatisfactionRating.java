package io.tellerline.conversation.domain;

import io.tellerline.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * The customer's answer to the one-question survey at the end of a conversation: a score of 1 to 5
 * and an optional comment, already tokenized (it may name people or accounts).
 */
@Embeddable
public class SatisfactionRating {

  @Column(name = "csat_score")
  private Integer score;

  @Column(name = "csat_comment", length = 2000)
  private String comment;

  @Column(name = "csat_at")
  private Instant ratedAt;

  protected SatisfactionRating() {}

  private SatisfactionRating(int score, String comment, Instant ratedAt) {
    this.score = score;
    this.comment = comment;
    this.ratedAt = Objects.requireNonNull(ratedAt, "ratedAt");
  }

  /**
   * @throws InvalidInputException if the score is outside 1 to 5
   */
  static SatisfactionRating given(int score, String tokenizedComment, Instant now) {
    if (score < ConversationLimits.RATING_MIN || score > ConversationLimits.RATING_MAX) {
      throw new InvalidInputException(
          "score",
          "conversation.rating_range",
          ConversationLimits.RATING_MIN,
          ConversationLimits.RATING_MAX);
    }
    return new SatisfactionRating(score, tokenizedComment, now);
  }

  /** False for the empty value the persistence layer may load for an unrated conversation. */
  boolean given() {
    return score != null;
  }

  public int score() {
    return score;
  }
}
