package io.tellerline.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpIntentClassifierTest {

  private static OpenNlpIntentClassifier classifier;

  @BeforeAll
  static void train() {
    classifier = OpenNlpIntentClassifier.train(IntentCorpus.bundledEnglish());
  }

  @ParameterizedTest
  @CsvSource({
    "'what is my balance?', account_balance",
    "'How much money do I have in my account', account_balance",
    "'my card has been stolen', card_lost_or_stolen",
    "'can I speak to a real person', human_agent",
    "'show me what I spent last month', transaction_history",
  })
  void recognisesUnseenPhrasings(String text, String expected) {
    assertEquals(expected, classifier.classify(text).intent());
  }

  @Test
  void reportsProbabilitiesAndRunnersUp() {
    IntentPrediction prediction = classifier.classify("what is my balance");
    assertTrue(prediction.confidence() > 0.5, "confidence " + prediction.confidence());
    assertEquals(3, prediction.alternatives().size());
    assertTrue(prediction.alternatives().get(0).score() <= prediction.confidence());
    assertTrue(prediction.modelVersion().startsWith("opennlp-maxent-"));
  }

  @Test
  void sameDataGivesSameModelVersionAndScores() {
    OpenNlpIntentClassifier again = OpenNlpIntentClassifier.train(IntentCorpus.bundledEnglish());
    assertEquals(classifier.modelVersion(), again.modelVersion());
    assertEquals(
        classifier.classify("I lost my card").confidence(),
        again.classify("I lost my card").confidence(),
        1e-12);
  }

  @Test
  void differentDataGivesDifferentVersion() {
    IntentCorpus other =
        IntentCorpus.fromCsv(
            "text,intent\nhello,greeting\nbye,goodbye\n".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(IntentCorpus.bundledEnglish().sha256(), other.sha256());
  }

  @Test
  void rejectsEmptyCorpus() {
    assertThrows(
        IllegalArgumentException.class,
        () -> IntentCorpus.fromCsv("text,intent\n".getBytes(StandardCharsets.UTF_8)));
  }
}
