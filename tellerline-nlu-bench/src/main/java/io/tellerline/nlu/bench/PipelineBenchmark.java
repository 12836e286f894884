package io.tellerline.nlu.bench;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.build.BuildBundledModel;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.IntentTrainer;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.util.List;
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
 * The full pipeline the application runs per customer message (language, intent with out-of-scope,
 * frustration) with the shipped model, on typical chat messages in English and German. Sample-time
 * mode reports percentiles, including p0.99. With {@code -p encoder=all-minilm-l6-v2-q} the setup
 * first trains the intent model (bundled corpus, shipped settings) and the frustration detector
 * with that encoder instead of loading the shipped ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

  static final List<String> MESSAGES =
      List.of(
          "what is my balance?",
          "I lost my card yesterday at the train station, please block it",
          "how much did I spend on groceries last month",
          "Ich möchte 250 Euro an meinen Vermieter überweisen",
          "Meine Karte ist weg, bitte sofort sperren!",
          "why was I charged a fee for withdrawing cash abroad",
          "this is the third time I ask and nobody helps me!!",
          "Wie hoch sind die Dispozinsen bei Ihnen?",
          "can I talk to a real person please",
          "what's the weather like in Berlin tomorrow");

  /** The language the pipeline detects for each message (for stages that take it as given). */
  static final List<String> LANGUAGES =
      List.of("en", "en", "en", "de", "en", "en", "en", "de", "en", "en");

  @Param({"bge-small-en-v1.5-q"})
  public String encoder;

  private TellerlineNlu nlu;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    OnnxSentenceEncoder.Model model = OnnxSentenceEncoder.Model.named(encoder);
    if (model == OnnxSentenceEncoder.SHIPPED) {
      nlu = TellerlineNlu.loadBundled();
      return;
    }
    OnnxSentenceEncoder sentences = new OnnxSentenceEncoder(model);
    IntentCorpus corpus = IntentCorpus.bundled();
    IntentModel intents =
        new IntentTrainer(sentences, status -> {})
            .train(corpus.utterances(), corpus.sha256(), BuildBundledModel.settings());
    FrustrationDetector frustration =
        FrustrationDetector.train(
            FrustrationDetector.readBundledExamples(),
            sentences,
            FrustrationDetector.Settings.shipped());
    nlu = TellerlineNlu.of(sentences, intents, frustration);
  }

  @Benchmark
  public MessageAnalysis analyseOneMessage() {
    String message = MESSAGES.get(next);
    next = (next + 1) % MESSAGES.size();
    return nlu.analyse(message, "en");
  }
}
