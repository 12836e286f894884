package io.tellerline.nlu;

import java.util.List;

/**
 * What the classifier decided for one message: the intent (or the out-of-scope label), its
 * probability, the runners-up (best first), the model version, and what drove the decision, so that
 * an auditor can trace it.
 */
public record IntentPrediction(
    String intent,
    double confidence,
    List<ScoredIntent> alternatives,
    String modelVersion,
    boolean outOfScope,
    Explanation explanation) {

  public IntentPrediction {
    alternatives = List.copyOf(alternatives);
  }

  /** The training examples closest to the message and each model part's probability. */
  public record Explanation(List<Neighbour> neighbours, List<ScoredIntent> partScores) {
    public Explanation {
      neighbours = List.copyOf(neighbours);
      partScores = List.copyOf(partScores);
    }

    public static Explanation none() {
      return new Explanation(List.of(), List.of());
    }
  }

  /** A training example near the message, with its label and cosine similarity. */
  public record Neighbour(String text, String label, double similarity) {}
}
