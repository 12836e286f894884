package io.tellerline.nlu.classify;

import io.tellerline.nlu.embedding.SentenceEncoder;

/** A fast stand-in encoder for unit tests: hashed bag of words, unit length. */
final class HashingEncoder implements SentenceEncoder {

  @Override
  public String modelId() {
    return "test-hashing-64";
  }

  @Override
  public float[] encode(String text) {
    float[] v = new float[64];
    for (String token : Tokens.of(text)) {
      v[Math.floorMod(token.hashCode(), 64)] += 1;
    }
    return SentenceEncoder.normalize(v);
  }
}
