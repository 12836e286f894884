package io.tellerline.nlu.embedding;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * BAAI bge-small-en-v1.5 (quantized ONNX, 384 dimensions) running in process through LangChain4j:
 * the model ships inside a Maven artifact, nothing is downloaded at run time.
 */
public final class BgeSmallEncoder implements SentenceEncoder {

  public static final String MODEL_ID = "bge-small-en-v1.5-q";

  private final BgeSmallEnV15QuantizedEmbeddingModel model =
      new BgeSmallEnV15QuantizedEmbeddingModel();

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public float[] encode(String text) {
    return SentenceEncoder.normalize(model.embed(text).content().vector());
  }
}
