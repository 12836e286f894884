package io.tellerline.nlu.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(
        OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q_MEAN_MAX,
        OnnxSentenceEncoder.Model.named("all-minilm-l6-v2-q-mean-max"));
    assertEquals(
        OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q_MEAN_MAX,
        OnnxSentenceEncoder.Model.named("minilm-mean-max"));
    assertThrows(IllegalArgumentException.class, () -> OnnxSentenceEncoder.Model.named("gpt"));
  }

  @Test
  void meanAndMaxPoolingPutsTheMeanVectorBesideTheMaximum() {
    String text = "my card was stolen at the station";
    float[] mean =
        new OnnxSentenceEncoder(OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q).encode(text);
    float[] both =
        new OnnxSentenceEncoder(OnnxSentenceEncoder.Model.ALL_MINILM_L6_V2_Q_MEAN_MAX).encode(text);
    assertEquals(768, both.length);
    assertEquals(1.0, squaredNorm(both, 0, 768), 1e-4);
    // Each half has length 1/sqrt(2): the dot product of two texts is the mean of two cosines.
    assertEquals(0.5, squaredNorm(both, 0, 384), 1e-4);
    assertEquals(0.5, squaredNorm(both, 384, 768), 1e-4);
    for (int d = 0; d < 384; d++) {
      assertEquals(mean[d] * Math.sqrt(0.5), both[d], 1e-6);
    }
    // The second half is not the mean again.
    double sameDirection = 0;
    for (int d = 0; d < 384; d++) {
      sameDirection += both[d] * both[384 + d];
    }
    assertTrue(sameDirection < 0.5 - 1e-3, "max-pooled half differs from the mean");
  }

  private static double squaredNorm(float[] vector, int from, int to) {
    double sum = 0;
    for (int d = from; d < to; d++) {
      sum += vector[d] * vector[d];
    }
    return sum;
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
