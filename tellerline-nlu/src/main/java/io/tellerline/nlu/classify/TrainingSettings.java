package io.tellerline.nlu.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an intent model is trained and combined. The ensemble averages the probabilities of the three
 * parts with these weights; below {@code minConfidence} the message is out of scope.
 */
public record TrainingSettings(
    SoftmaxRegression.Settings regression,
    int neighbours,
    double neighbourTemperature,
    int maxentIterations,
    double regressionWeight,
    double neighbourWeight,
    double maxentWeight,
    double[] nonEnglishWeights,
    String outOfScopeLabel,
    double minConfidence) {

  public static TrainingSettings defaults(String outOfScopeLabel) {
    return new TrainingSettings(
        SoftmaxRegression.Settings.defaults(),
        10,
        0.05,
        100,
        0.4,
        0.4,
        0.2,
        new double[] {0.1, 0.1, 0.8},
        outOfScopeLabel,
        0.0);
  }

  /** The weights (regression, knn, maxent) for text that is not English. */
  public TrainingSettings withNonEnglishWeights(double[] weights) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        regressionWeight,
        neighbourWeight,
        maxentWeight,
        weights.clone(),
        outOfScopeLabel,
        minConfidence);
  }

  public TrainingSettings with(
      int epochs,
      double l2,
      double learningRate,
      int k,
      double temperature,
      int maxentIterations,
      double[] weights,
      double threshold) {
    return new TrainingSettings(
        new SoftmaxRegression.Settings(
            l2, epochs, learningRate, regression.batchSize(), regression.seed()),
        k,
        temperature,
        maxentIterations,
        weights[0],
        weights[1],
        weights[2],
        nonEnglishWeights,
        outOfScopeLabel,
        threshold);
  }

  public TrainingSettings withMinConfidence(double threshold) {
    return new TrainingSettings(
        regression,
        neighbours,
        neighbourTemperature,
        maxentIterations,
        regressionWeight,
        neighbourWeight,
        maxentWeight,
        nonEnglishWeights,
        outOfScopeLabel,
        threshold);
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
    settings.put("weight.regression", String.valueOf(regressionWeight));
    settings.put("weight.knn", String.valueOf(neighbourWeight));
    settings.put("weight.maxent", String.valueOf(maxentWeight));
    settings.put(
        "weight.nonEnglish",
        nonEnglishWeights[0] + "," + nonEnglishWeights[1] + "," + nonEnglishWeights[2]);
    settings.put("outOfScope.label", outOfScopeLabel == null ? "" : outOfScopeLabel);
    settings.put("outOfScope.minConfidence", String.valueOf(minConfidence));
    return settings;
  }
}
