package io.tellerline.nlu.bench;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.language.LanguageGuess;
import io.tellerline.nlu.language.LanguageIdentifier;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the time of {@link PipelineBenchmark} goes: each stage alone, on the same messages. The
 * encoder stage compares LangChain4j's stock session ({@code langchain4j}), ONNX Runtime's default
 * threads ({@code 0}) and one intra-op thread ({@code 1}, shipped). Intent and frustration get the
 * embedding computed once in setup (they do not embed). {@code encoderModel} chooses the encoder of
 * the encoder stage (the other stages always use the shipped model). Run: {@code
 * benchmarks/nlu-jmh.sh stages}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmark {

  @Param({"1"})
  public String encoderThreads;

  @Param({"bge-small-en-v1.5-q"})
  public String encoderModel;

  private SentenceEncoder encoder;
  private LanguageIdentifier languages;
  private IntentModel intents;
  private FrustrationDetector frustration;
  private float[][] embeddings;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    encoder =
        "langchain4j".equals(encoderThreads)
            ? stock()
            : new OnnxSentenceEncoder(
                OnnxSentenceEncoder.Model.named(encoderModel), Integer.parseInt(encoderThreads));
    OnnxSentenceEncoder shipped = new OnnxSentenceEncoder();
    try (InputStream in = TellerlineNlu.class.getResourceAsStream(TellerlineNlu.BUNDLED_MODEL)) {
      intents = ModelArtifact.read(in, shipped).model();
    }
    languages = LanguageIdentifier.load();
    frustration = FrustrationDetector.loadBundled(shipped);
    embeddings = new float[PipelineBenchmark.MESSAGES.size()][];
    for (int i = 0; i < embeddings.length; i++) {
      embeddings[i] = shipped.encode(PipelineBenchmark.MESSAGES.get(i));
    }
  }

  private int next() {
    int i = next;
    next = (next + 1) % PipelineBenchmark.MESSAGES.size();
    return i;
  }

  @Benchmark
  public LanguageGuess language() {
    return languages.identify(PipelineBenchmark.MESSAGES.get(next()), "en");
  }

  @Benchmark
  public float[] encoder() {
    return encoder.encode(PipelineBenchmark.MESSAGES.get(next()));
  }

  @Benchmark
  public IntentPrediction intentGivenEmbedding() {
    int i = next();
    String text = PipelineBenchmark.MESSAGES.get(i);
    return intents.predict(text, embeddings[i], PipelineBenchmark.LANGUAGES.get(i));
  }

  @Benchmark
  public FrustrationDetector.Frustration frustrationGivenEmbedding() {
    int i = next();
    return frustration.assess(PipelineBenchmark.MESSAGES.get(i), embeddings[i], "en");
  }

  private static SentenceEncoder stock() {
    BgeSmallEnV15QuantizedEmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    return new SentenceEncoder() {
      @Override
      public String modelId() {
        return OnnxSentenceEncoder.SHIPPED.id();
      }

      @Override
      public float[] encode(String text) {
        return SentenceEncoder.normalize(model.embed(text).content().vector());
      }
    };
  }
}
