package io.tellerline.nlu.sentiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrustrationDetectorTest {

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
  void tellsAnAngryMessageFromACalmOneWithNegativeWords() {
    FrustrationDetector detector = FrustrationDetector.trainBundled();
    assertTrue(
        detector
            .assess("I have explained this four times already and nothing happens. Unacceptable!")
            .frustrated());
    assertFalse(detector.assess("I lost my card, how do I block it?").frustrated());
  }
}
