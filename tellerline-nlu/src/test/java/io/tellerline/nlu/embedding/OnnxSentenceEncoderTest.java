package io.tellerline.nlu.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.classify.ModelArtifact;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class OnnxSentenceEncoderTest {

  @Test
  void namesItsModels() {
    assertEquals(
        OnnxSentenceEncoder.Model.BGE_SMALL_EN_V15_Q,
        OnnxSentenceEncoder.Model.named("bge-small-en-v1.5-q"));
    assertEquals(
        OnnxSentenceEncoder.Model.BGE_SMALL_EN_V15_Q, OnnxSentenceEncoder.Model.named("bge"));
    assertEquals(
        OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q,
        OnnxSentenceEncoder.Model.named("all-minilm-l6-v2-q"));
    assertEquals(
        OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q, OnnxSentenceEncoder.Model.named("minilm"));
    assertThrows(IllegalArgumentException.class, () -> OnnxSentenceEncoder.Model.named("gpt"));
  }

  @Test
  void theShippedModelRecordsTheShippedEncoder() throws IOException {
    try (InputStream in = TellerlineNlu.class.getResourceAsStream(TellerlineNlu.BUNDLED_MODEL)) {
      assertEquals(
          OnnxSentenceEncoder.SHIPPED.id(), ModelArtifact.readManifest(in).getProperty("encoder"));
    }
  }

  @Test
  void cutsLongTextsAndRefusesEmptyOnes() {
    OnnxSentenceEncoder encoder = new OnnxSentenceEncoder();
    String longText = "my card was declined at the supermarket again and again ".repeat(60);
    float[] vector = encoder.encode(longText);
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    assertEquals(384, vector.length);
    assertEquals(1.0, norm, 1e-4);
    // Only the first MAX_TOKENS tokens count: more of the same text changes nothing.
    float[] longer = encoder.encode(longText + longText);
    assertEquals(java.util.Arrays.toString(vector), java.util.Arrays.toString(longer));
    assertThrows(IllegalArgumentException.class, () -> encoder.encode("   "));
  }
}
