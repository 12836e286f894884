package io.tellerline.nlu;

import java.util.List;

/**
 * What the classifier decided for one message: the best intent, its probability, the runners-up
 * (best first) and the version of the model that decided, so that an auditor can trace it.
 */
public record IntentPrediction(
    String intent, double confidence, List<ScoredIntent> alternatives, String modelVersion) {

  public IntentPrediction {
    alternatives = List.copyOf(alternatives);
  }
}
