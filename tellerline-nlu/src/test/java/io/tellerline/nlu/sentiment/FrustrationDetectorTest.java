package io.tellerline.nlu.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.nlu.classify.LexicalFeatures;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrustrationDetectorTest {

  /** A fast stand-in for the sentence encoder: hashed folded words, unit length. */
  private static final SentenceEncoder HASHING =
      new SentenceEncoder() {
        @Override
        public String modelId() {
          return "test-hashing-32";
        }

        @Override
        public float[] encode(String text) {
          float[] v = new float[32];
          for (String token : LexicalFeatures.tokens(text)) {
            v[Math.floorMod(token.hashCode(), 32)] += 1;
          }
          return SentenceEncoder.normalize(v);
        }
      };

  private static final List<FrustrationDetector.Example> SMALL =
      FrustrationDetector.readBundledExamples().subList(0, 200);

  @Test
  void writingCuesAreFeatures() {
    List<String> cues = List.of(FrustrationCues.of("WHY is this STILL broken?!! 😡"));
    assertTrue(cues.contains("__shouting"));
    assertTrue(cues.contains("__repeated_exclamation"));
    assertTrue(cues.contains("__repeated_question"));
    assertTrue(cues.stream().anyMatch(c -> c.startsWith("__emoji_")));
    assertFalse(
        List.of(FrustrationCues.of("Could you check my balance, please?")).contains("__shouting"));
  }

  @Test
  void theBundledDetectorTellsAnAngryMessageFromACalmOne() {
    FrustrationDetector detector = FrustrationDetector.loadBundled(new OnnxSentenceEncoder());
    assertEquals(
        FrustrationDetector.Settings.shipped().languageThresholds(),
        detector.settings().languageThresholds());
    assertTrue(
        detector
            .assess(
                "I have explained this four times already and nothing happens. Unacceptable!", "en")
            .frustrated());
    assertFalse(detector.assess("I lost my card, how do I block it?", "en").frustrated());
    assertTrue(
        detector.assess("Jetzt reicht es mir, seit Wochen keine Antwort!!", "de").frustrated());
  }

  @Test
  void sameDataAndSettingsGiveTheSameDetector() {
    FrustrationDetector.Settings settings = FrustrationDetector.Settings.shipped();
    FrustrationDetector first = FrustrationDetector.train(SMALL, HASHING, settings);
    FrustrationDetector second = FrustrationDetector.train(SMALL, HASHING, settings);
    String text = "Why does nobody answer my emails?!";
    assertEquals(first.version(), second.version());
    assertEquals(
        first.assess(text, "en").probability(), second.assess(text, "en").probability(), 0);
    FrustrationDetector other =
        FrustrationDetector.train(SMALL, HASHING, settings.withThreshold(0.9));
    assertFalse(first.version().equals(other.version()));
  }

  @Test
  void survivesARoundTripAndRefusesAnotherEncoder() throws IOException {
    FrustrationDetector detector =
        FrustrationDetector.train(SMALL, HASHING, FrustrationDetector.Settings.shipped());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    detector.write(bytes);
    FrustrationDetector loaded =
        FrustrationDetector.read(new ByteArrayInputStream(bytes.toByteArray()), HASHING);
    String text = "Das ist jetzt das dritte Mal!!";
    assertEquals(detector.version(), loaded.version());
    assertEquals(
        detector.assess(text, "de").probability(), loaded.assess(text, "de").probability(), 1e-6);
    assertThrows(
        IOException.class,
        () ->
            FrustrationDetector.read(
                new ByteArrayInputStream(bytes.toByteArray()), new OnnxSentenceEncoder()));
  }

  @Test
  void angerIsReadFromWordFamiliesNotFromCapitals() {
    assertTrue(FrustrationLexicon.cues("ihr seid echt unfähig").contains("__anger_insult"));
    assertTrue(FrustrationLexicon.cues("ihr seid echt unfaehig").contains("__anger_insult"));
    assertTrue(FrustrationLexicon.cues("third time I'm asking").contains("__anger_repetition"));
    assertTrue(FrustrationLexicon.cues("Wie oft denn noch").contains("__anger_repetition"));
    assertTrue(FrustrationLexicon.cues("BLOCK MY CARD NOW").isEmpty());
    assertTrue(FrustrationLexicon.cues("wie viel geld hab ich noch").isEmpty());
  }

  @Test
  void aMessageAsTypedOnAPhoneHasNoCapitalsOrPunctuation() {
    assertEquals(
        "why is this still broken",
        FrustrationDetector.asTypedOnAPhone("WHY is this STILL broken?!!"));
    assertEquals("", FrustrationDetector.asTypedOnAPhone("?"));
  }

  @Test
  void eachLanguageGetsTheLowestThresholdWithAtMostOnePercentFalseAlarms() {
    List<FrustrationDetector.Example> examples = new java.util.ArrayList<>();
    double[] p = new double[402];
    for (int i = 0; i < 200; i++) {
      examples.add(new FrustrationDetector.Example("calm en " + i, "en", false));
      p[2 * i] = i / 1000.0; // English calm: 0.000 .. 0.199
      examples.add(new FrustrationDetector.Example("calm de " + i, "de", false));
      p[2 * i + 1] = 0.3 + i / 1000.0; // German calm scores higher: 0.300 .. 0.499
    }
    examples.add(new FrustrationDetector.Example("angry en", "en", true));
    examples.add(new FrustrationDetector.Example("angry de", "de", true));
    p[400] = 0.9;
    p[401] = 0.9;
    var thresholds = FrustrationDetector.chooseThresholds(examples, p);
    // 1 % of 200 calm messages: two may score at or above the threshold, the third may not.
    assertEquals(0.198, thresholds.get("en"), 1e-9);
    assertEquals(0.498, thresholds.get("de"), 1e-9);
  }
}
