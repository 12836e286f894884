package io.tellerline.nlu.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an intent model is trained and combined. The ensemble averages the probabilities of the four
 * parts (regression, kNN, maxent, lexical) with these weights; below {@code minConfidence} the
 * message is out of scope, and also when its nearest in-scope training example is less similar than
 * {@code minSimilarity} (cosine; 0 turns this off). A part whose weight is 0 for English and other
 * text is not trained.
 */
public record TrainingSettings(
    SoftmaxRegression.Settings regression,
    int neighbours,
    double neighbourTemperature,
    int maxentIterations,
    LexicalSoftmax.Settings lexical,
    double[] weights,
    double[] nonEnglishWeights,
    String outOfScopeLabel,
    double minConfidence,
    double minSimilarity) {

  /** Regression, kNN, maxent, lexical. */
  public static final int PARTS = 4;

  public TrainingSettings {
    weights = parts(weights);
    nonEnglishWeights = parts(nonEnglishWeights);
  }

  public static TrainingSettings defaults(String outOfScopeLabel) {
    return new TrainingSettings(
        SoftmaxRegression.Settings.defaults(),
        10,
        0.05,
        100,
        LexicalSoftmax.Settings.defaults(),
        new double[] {0.4, 0.4, 0.2, 0},
        new double[] {0.1, 0.1, 0.8, 0},
        outOfScopeLabel,
        0.0,
        0.0);
  }

  /** The weights (regression, knn, maxent[, lexical]) for text that is not English. */
  public TrainingSettings withNonEnglishWeights(double[] nonEnglish) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        lexical,
        weights,
        nonEnglish,
        outOfScopeLabel,
        minConfidence,
        minSimilarity);
  }

  public TrainingSettings withLexical(LexicalSoftmax.Settings settings) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        settings,
        weights,
        nonEnglishWeights,
        outOfScopeLabel,
        minConfidence,
        minSimilarity);
  }

  /**
   * @param englishWeights regression, knn, maxent[, lexical] (a missing lexical weight is 0)
   */
  public TrainingSettings with(
      int epochs,
      double l2,
      double learningRate,
      int k,
      double temperature,
      int maxentIterations,
      double[] englishWeights,
      double threshold) {
    return new TrainingSettings(
        new SoftmaxRegression.Settings(
            l2, epochs, learningRate, regression.batchSize(), regression.seed()),
        k,
        temperature,
        maxentIterations,
        lexical,
        englishWeights,
        nonEnglishWeights,
        outOfScopeLabel,
        threshold,
        minSimilarity);
  }

  public TrainingSettings withMinConfidence(double threshold) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        lexical,
        weights,
        nonEnglishWeights,
        outOfScopeLabel,
        threshold,
        minSimilarity);
  }

  /** Out of scope also when the nearest in-scope training example is less similar than this. */
  public TrainingSettings withMinSimilarity(double similarity) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        lexical,
        weights,
        nonEnglishWeights,
        outOfScopeLabel,
        minConfidence,
        similarity);
  }

  /** Whether part {@code part} (0 regression … 3 lexical) counts for any language. */
  public boolean uses(int part) {
    return weights[part] > 0 || nonEnglishWeights[part] > 0;
  }

  /** Every setting by name, for the model manifest. */
  public Map<String, String> describe() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("regression.l2", String.valueOf(regression.l2()));
    settings.put("regression.epochs", String.valueOf(regression.epochs()));
    settings.put("regression.learningRate", String.valueOf(regression.learningRate()));
    settings.put("regression.batchSize", String.valueOf(regression.batchSize()));
    settings.put("seed", String.valueOf(regression.seed()));
    settings.put("knn.k", String.valueOf(neighbours));
    settings.put("knn.temperature", String.valueOf(neighbourTemperature));
    settings.put("maxent.iterations", String.valueOf(maxentIterations));
    settings.put("maxent.features", MaxentText.FEATURES);
    settings.put("lexical.epochs", String.valueOf(lexical.epochs()));
    settings.put("lexical.l2", String.valueOf(lexical.l2()));
    settings.put("lexical.learningRate", String.valueOf(lexical.learningRate()));
    settings.put("lexical.seed", String.valueOf(lexical.seed()));
    settings.put("lexical.features", LexicalFeatures.DESCRIPTION);
    settings.put("weights", join(weights));
    settings.put("weights.nonEnglish", join(nonEnglishWeights));
    settings.put("outOfScope.label", outOfScopeLabel == null ? "" : outOfScopeLabel);
    settings.put("outOfScope.minConfidence", String.valueOf(minConfidence));
    if (minSimilarity > 0) { // absent when off, so that models trained before it keep their version
      settings.put("outOfScope.minSimilarity", String.valueOf(minSimilarity));
    }
    return settings;
  }

  static double[] parse(String weights) {
    return java.util.Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  private static String join(double[] weights) {
    StringBuilder text = new StringBuilder();
    for (double w : weights) {
      text.append(text.isEmpty() ? "" : ",").append(w);
    }
    return text.toString();
  }

  /** Pads three weights (the form before the lexical part existed) with a lexical weight of 0. */
  private static double[] parts(double[] weights) {
    if (weights.length != 3 && weights.length != PARTS) {
      throw new IllegalArgumentException("give 3 or 4 weights: regression,knn,maxent[,lexical]");
    }
    return java.util.Arrays.copyOf(weights, PARTS);
  }
}
