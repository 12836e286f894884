package io.tellerline.nlu.classify;

import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.IntentPrediction.Explanation;
import io.tellerline.nlu.IntentPrediction.Neighbour;
import io.tellerline.nlu.ScoredIntent;
import io.tellerline.nlu.embedding.SentenceEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A trained intent model: softmax regression and k-nearest neighbours on sentence embeddings, a
 * maximum-entropy model on words and a softmax regression on spelling-tolerant word features
 * ({@link LexicalSoftmax}), averaged with fixed weights that differ for English and other text (the
 * embedding model knows English only). Thread-safe.
 */
public final class IntentModel {

  static final String OUT_OF_SCOPE = "out_of_scope";
  private static final String ENGLISH = "en";
  private static final int ALTERNATIVES = 3;
  private static final int EXPLAINING_NEIGHBOURS = 3;
  private static final String[] PART_NAMES = {"regression", "knn", "maxent", "lexical"};

  private final String version;
  private final Labels labels;
  private final List<String> trainingTexts;
  private final SoftmaxRegression regression;
  private final NearestNeighbours neighbours;
  private final MaxentText maxent;
  private final LexicalSoftmax lexical;
  private final TrainingSettings settings;
  private final SentenceEncoder encoder;

  IntentModel(
      String version,
      Labels labels,
      List<String> trainingTexts,
      SoftmaxRegression regression,
      NearestNeighbours neighbours,
      MaxentText maxent,
      LexicalSoftmax lexical,
      TrainingSettings settings,
      SentenceEncoder encoder) {
    this.version = version;
    this.labels = labels;
    this.trainingTexts = List.copyOf(trainingTexts);
    this.regression = regression;
    this.neighbours = neighbours;
    this.maxent = maxent;
    this.lexical = lexical;
    this.settings = settings;
    this.encoder = encoder;
  }

  public IntentPrediction predict(String text) {
    return predict(text, encoder.encode(text), ENGLISH);
  }

  /**
   * @param language ISO 639-1 code of the text: the embedding model knows English best, so for
   *     other languages the word-based part weighs more
   */
  public IntentPrediction predict(String text, String language) {
    return predict(text, encoder.encode(text), language);
  }

  /** With an embedding computed beforehand (evaluation encodes all texts at once). */
  public IntentPrediction predict(String text, float[] embedding, String language) {
    double[] weights = ENGLISH.equals(language) ? settings.weights() : settings.nonEnglishWeights();
    double[] fromRegression = regression.probabilities(embedding);
    NearestNeighbours.Vote vote = neighbours.vote(embedding);
    // A word part that does not count for this language is not computed.
    double[] fromMaxent =
        maxent == null || weights[2] == 0
            ? new double[labels.size()]
            : maxent.probabilities(Tokens.of(text), labels.size());
    double[] fromLexical =
        lexical == null || weights[3] == 0
            ? new double[labels.size()]
            : lexical.probabilities(text);
    double[] p = new double[labels.size()];
    for (int c = 0; c < p.length; c++) {
      p[c] =
          weights[0] * fromRegression[c]
              + weights[1] * vote.probabilities()[c]
              + weights[2] * fromMaxent[c]
              + weights[3] * fromLexical[c];
    }
    List<ScoredIntent> ranked =
        IntStream.range(0, p.length)
            .mapToObj(c -> new ScoredIntent(labels.name(c), p[c]))
            .sorted(Comparator.comparingDouble(ScoredIntent::score).reversed())
            .toList();
    ScoredIntent best = ranked.get(0);
    int bestIndex = labels.indexOf(best.intent());
    boolean outOfScope =
        best.intent().equals(settings.outOfScopeLabel())
            || best.score() < settings.minConfidence()
            || (settings.minSimilarity() > 0 && nearestInScope(vote) < settings.minSimilarity());
    String intent = outOfScope ? outOfScopeLabel() : best.intent();
    // The parts that counted for this language, with their probability of the chosen intent.
    double[][] parts = {fromRegression, vote.probabilities(), fromMaxent, fromLexical};
    List<ScoredIntent> partScores = new ArrayList<>();
    for (int part = 0; part < PART_NAMES.length; part++) {
      if (weights[part] > 0) {
        partScores.add(new ScoredIntent(PART_NAMES[part], parts[part][bestIndex]));
      }
    }
    Explanation explanation = new Explanation(explainingNeighbours(vote), partScores);
    return new IntentPrediction(
        intent,
        best.score(),
        ranked.subList(1, Math.min(ranked.size(), ALTERNATIVES + 1)),
        version,
        outOfScope,
        explanation);
  }

  /**
   * Every part's probabilities ({@code [part][label]}: regression, kNN, maxent, lexical; a part
   * that was not trained gives zeros), before weighting: for choosing weights and thresholds from
   * out-of-fold scores.
   */
  public double[][] partProbabilities(String text, float[] embedding) {
    return new double[][] {
      regression.probabilities(embedding),
      neighbours.vote(embedding).probabilities(),
      maxent == null
          ? new double[labels.size()]
          : maxent.probabilities(Tokens.of(text), labels.size()),
      lexical == null ? new double[labels.size()] : lexical.probabilities(text)
    };
  }

  public String version() {
    return version;
  }

  public Labels labels() {
    return labels;
  }

  public TrainingSettings settings() {
    return settings;
  }

  /** The label an out-of-scope prediction carries. */
  public String outOfScopeLabel() {
    return settings.outOfScopeLabel() == null ? OUT_OF_SCOPE : settings.outOfScopeLabel();
  }

  SoftmaxRegression regression() {
    return regression;
  }

  NearestNeighbours neighbours() {
    return neighbours;
  }

  MaxentText maxent() {
    return maxent;
  }

  LexicalSoftmax lexical() {
    return lexical;
  }

  public List<String> trainingTexts() {
    return trainingTexts;
  }

  /**
   * The encoder's vectors of the training texts (in the order of {@link #trainingTexts}), so that a
   * model trained again on mostly the same rows need not encode them again.
   */
  public Map<String, float[]> trainingEmbeddings() {
    Map<String, float[]> vectors = new HashMap<>();
    for (int i = 0; i < trainingTexts.size(); i++) {
      vectors.putIfAbsent(trainingTexts.get(i), neighbours.vector(i));
    }
    return vectors;
  }

  public SentenceEncoder encoder() {
    return encoder;
  }

  /**
   * Cosine similarity of the nearest in-scope neighbour among the k nearest (-1 when all k are out
   * of scope): how far the message is from anything the model was taught.
   */
  private double nearestInScope(NearestNeighbours.Vote vote) {
    int outOfScope = labels.names().indexOf(settings.outOfScopeLabel());
    for (NearestNeighbours.Neighbour n : vote.neighbours()) {
      if (n.label() != outOfScope) {
        return n.similarity();
      }
    }
    return -1;
  }

  private List<Neighbour> explainingNeighbours(NearestNeighbours.Vote vote) {
    List<Neighbour> nearest = new ArrayList<>();
    for (NearestNeighbours.Neighbour n : vote.neighbours()) {
      if (nearest.size() == EXPLAINING_NEIGHBOURS) {
        break;
      }
      nearest.add(
          new Neighbour(trainingTexts.get(n.index()), labels.name(n.label()), n.similarity()));
    }
    return nearest;
  }
}
