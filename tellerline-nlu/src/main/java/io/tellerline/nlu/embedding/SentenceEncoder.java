package io.tellerline.nlu.embedding;

import java.util.List;
import java.util.function.IntConsumer;

/** Turns a sentence into a unit-length vector whose dot products measure similarity. */
public interface SentenceEncoder {

  /** Identifies the model, so that an artifact trained with one encoder refuses another. */
  String modelId();

  float[] encode(String text);

  /**
   * Encodes many texts, reporting progress as the number done so far. Sequential on purpose: the
   * ONNX runtime already uses every core for one sentence, and parallel callers on top of it spend
   * their time spinning in the kernel.
   */
  default float[][] encodeAll(List<String> texts, IntConsumer progress) {
    float[][] vectors = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      vectors[i] = encode(texts.get(i));
      progress.accept(i + 1);
    }
    return vectors;
  }

  static float[] normalize(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }
}
