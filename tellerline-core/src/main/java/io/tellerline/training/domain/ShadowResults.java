package io.tellerline.training.domain;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** The shadow results of candidates (table {@code model_shadow_result}). */
public interface ShadowResults {

  void add(ShadowResult result);

  /** How many turns the candidate scored and on how many it agreed with the live model. */
  Agreement agreementOf(UUID modelVersionId);

  /** The latest turns on which the candidate disagreed, newest first. */
  List<ShadowResult> disagreementsOf(UUID modelVersionId, int limit);

  /** Turns scored and agreed. */
  record Agreement(long scored, long agreed) implements Serializable {
    public double rate() {
      return scored == 0 ? 0 : (double) agreed / scored;
    }
  }
}
