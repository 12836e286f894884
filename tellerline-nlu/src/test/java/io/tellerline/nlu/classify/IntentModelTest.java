package io.tellerline.nlu.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.embedding.SentenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentModelTest {

  private static final List<LabelledUtterance> ROWS = rows();
  private final SentenceEncoder encoder = new HashingEncoder();

  @Test
  void learnsTheTrainingIntentsAndExplainsItself() {
    IntentModel model = train(TrainingSettings.defaults("oos"));
    IntentPrediction p = model.predict("what is my balance please");
    assertEquals("account_balance", p.intent());
    assertFalse(p.outOfScope());
    assertTrue(p.confidence() > 0.5, "confidence " + p.confidence());
    // The parts that count for English text (the default weights leave the lexical part out).
    assertEquals(
        List.of("regression", "knn", "maxent"),
        p.explanation().partScores().stream().map(s -> s.intent()).toList());
    assertEquals("account_balance", p.explanation().neighbours().get(0).label());
    assertTrue(p.alternatives().get(0).score() <= p.confidence());
  }

  @Test
  void sameDataAndSettingsGiveTheSameModel() {
    IntentModel first = train(TrainingSettings.defaults("oos"));
    IntentModel second = train(TrainingSettings.defaults("oos"));
    assertEquals(first.version(), second.version());
    assertEquals(
        first.predict("my card was stolen").confidence(),
        second.predict("my card was stolen").confidence(),
        0);
    IntentModel other = train(TrainingSettings.defaults("oos").withMinConfidence(0.9));
    assertNotEquals(first.version(), other.version());
  }

  @Test
  void theLexicalPartIsDeterministicAndReadsGermanSpellings() {
    TrainingSettings lexicalOnly =
        TrainingSettings.defaults("oos")
            .with(30, 1e-5, 0.001, 10, 0.05, 100, new double[] {0, 0, 0, 1}, 0)
            .withNonEnglishWeights(new double[] {0, 0, 0, 1});
    List<LabelledUtterance> german = new ArrayList<>(ROWS);
    add(german, "fees", "Welche Gebühren zahle ich?", "Kostet das eine Gebühr?", "Gebühren");
    IntentModel first = new IntentTrainer(encoder, status -> {}).train(german, "de", lexicalOnly);
    IntentModel second = new IntentTrainer(encoder, status -> {}).train(german, "de", lexicalOnly);
    IntentPrediction p = first.predict("gebuehren fuer mein konto", "de");
    assertEquals("fees", p.intent());
    assertEquals(p.confidence(), second.predict("gebuehren fuer mein konto", "de").confidence(), 0);
    assertEquals(null, first.maxent(), "a part weighted 0 for every language is not trained");
  }

  @Test
  void threeWeightsMeanNoLexicalPart() {
    TrainingSettings settings =
        TrainingSettings.defaults("oos")
            .with(30, 1e-5, 0.001, 10, 0.05, 100, new double[] {0.2, 0.3, 0.5}, 0);
    assertArrayEquals(new double[] {0.2, 0.3, 0.5, 0}, settings.weights());
    assertFalse(settings.uses(3));
    assertThrows(
        IllegalArgumentException.class,
        () -> settings.withNonEnglishWeights(new double[] {0.5, 0.5}));
  }

  @Test
  void saysOutOfScopeForTheOutOfScopeLabelAndBelowTheThreshold() {
    IntentModel model = train(TrainingSettings.defaults("oos"));
    IntentPrediction weather = model.predict("will it rain tomorrow in the mountains");
    assertTrue(weather.outOfScope(), weather.toString());
    assertEquals("oos", weather.intent());

    IntentModel strict = train(TrainingSettings.defaults("oos").withMinConfidence(0.999));
    assertTrue(strict.predict("balance card").outOfScope());
  }

  @Test
  void saysOutOfScopeFarFromEveryInScopeExampleAndKeepsThatSetting() throws IOException {
    IntentModel model = train(TrainingSettings.defaults("oos"));
    String message = "what is my balance please";
    assertFalse(model.predict(message).outOfScope());
    IntentModel far = train(TrainingSettings.defaults("oos").withMinSimilarity(0.9999));
    assertTrue(far.predict(message).outOfScope());
    assertEquals("0.9999", far.settings().describe().get("outOfScope.minSimilarity"));
    assertFalse(
        model.settings().describe().containsKey("outOfScope.minSimilarity"),
        "off: the manifest (and the model version) stay as before the setting existed");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelArtifact.write(far, "abc", Map.of(), bytes);
    IntentModel read =
        ModelArtifact.read(new ByteArrayInputStream(bytes.toByteArray()), encoder).model();
    assertEquals(0.9999, read.settings().minSimilarity());
    assertTrue(read.predict(message).outOfScope());
  }

  @Test
  void survivesARoundTripThroughItsArtifact() throws IOException {
    IntentModel model =
        train(
            TrainingSettings.defaults("oos")
                .with(30, 1e-5, 0.001, 10, 0.05, 100, new double[] {0.3, 0.3, 0.1, 0.3}, 0));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelArtifact.write(model, "abc123", Map.of("accuracy", "0.9"), bytes);
    ModelArtifact.Loaded loaded =
        ModelArtifact.read(new ByteArrayInputStream(bytes.toByteArray()), encoder);

    assertEquals(model.version(), loaded.model().version());
    assertEquals("abc123", loaded.manifest().getProperty("trainingData.sha256"));
    assertEquals("0.9", loaded.manifest().getProperty("evaluation.accuracy"));
    assertEquals("test-hashing-64", loaded.manifest().getProperty("encoder"));
    String text = "I lost my card yesterday";
    assertEquals(model.predict(text).confidence(), loaded.model().predict(text).confidence(), 1e-6);
    assertEquals(model.settings().describe(), loaded.model().settings().describe());
  }

  @Test
  void refusesAnArtifactMadeWithAnotherEncoder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelArtifact.write(train(TrainingSettings.defaults("oos")), "abc", Map.of(), bytes);
    SentenceEncoder other =
        new SentenceEncoder() {
          @Override
          public String modelId() {
            return "another-model";
          }

          @Override
          public float[] encode(String text) {
            return new float[64];
          }
        };
    assertThrows(
        IOException.class,
        () -> ModelArtifact.read(new ByteArrayInputStream(bytes.toByteArray()), other));
  }

  private IntentModel train(TrainingSettings settings) {
    return new IntentTrainer(encoder, status -> {}).train(ROWS, "test-data", settings);
  }

  private static List<LabelledUtterance> rows() {
    List<LabelledUtterance> rows = new ArrayList<>();
    add(
        rows,
        "account_balance",
        "what is my balance",
        "how much money do I have",
        "show my balance",
        "balance of my account please",
        "how much is in my account");
    add(
        rows,
        "card_lost_or_stolen",
        "I lost my card",
        "my card was stolen",
        "someone stole my card",
        "cannot find my card",
        "my wallet and card are gone");
    add(
        rows,
        "oos",
        "will it rain tomorrow",
        "tell me a joke",
        "who won the football game",
        "recipe for pancakes",
        "what is the weather in the mountains");
    return rows;
  }

  private static void add(List<LabelledUtterance> rows, String label, String... texts) {
    for (String text : texts) {
      rows.add(new LabelledUtterance(text, label, "en"));
    }
  }
}
