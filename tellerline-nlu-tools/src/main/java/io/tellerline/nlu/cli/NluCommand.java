package io.tellerline.nlu.cli;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.ScoredIntent;
import io.tellerline.nlu.build.ProgressBar;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.classify.IntentTrainer;
import io.tellerline.nlu.classify.LexicalSoftmax;
import io.tellerline.nlu.classify.ModelArtifact;
import io.tellerline.nlu.classify.TrainingSettings;
import io.tellerline.nlu.embedding.EmbeddingCache;
import io.tellerline.nlu.embedding.OnnxSentenceEncoder;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.eval.Evaluator;
import io.tellerline.nlu.eval.Folds;
import io.tellerline.nlu.eval.Report;
import io.tellerline.nlu.language.LanguageIdentifier;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The Tellerline NLU command line: train, classify, evaluate, cross-validate. */
@Command(
    name = "tellerline-nlu",
    mixinStandardHelpOptions = true,
    version = "tellerline-nlu 0.1",
    description =
        "Intent recognition for Tellerline. CSV input: a header row, then text,label (RFC 4180).",
    subcommands = {
      NluCommand.Train.class,
      NluCommand.Classify.class,
      NluCommand.Evaluate.class,
      NluCommand.CrossValidate.class,
      EvaluateFrustrationCommand.class,
      CrossValidateFrustrationCommand.class,
      ScoreHeldOutCommand.class
    })
public final class NluCommand {

  static {
    // OpenNLP and the tokenizer log through SLF4J; the command line has nothing to log there, and
    // without a provider SLF4J prints a warning on every run. Set before anything logs.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
  }

  /** Evaluations weigh the model's parts by the language the pipeline detects, as in production. */
  private static final Function<String, String> DETECTED_LANGUAGE = detectedLanguage();

  private static Function<String, String> detectedLanguage() {
    LanguageIdentifier identifier = LanguageIdentifier.load();
    return text -> identifier.identify(text, "en").language();
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs one command; returns its exit code: 0 done, 1 failed (one line "error: …" on standard
   * error, no stack trace), 2 bad usage (picocli's message and the usage).
   */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new NluCommand());
    cli.setExecutionExceptionHandler(
        (failure, command, parsed) -> {
          command.getErr().println("error: " + CliErrors.describe(failure));
          command.getErr().flush();
          return 1;
        });
    return cli.execute(args);
  }

  /** Options every training command shares. */
  static class TrainingOptions {
    @Option(names = "--oos-label", description = "label of out-of-scope rows (e.g. oos)")
    String outOfScopeLabel;

    @Option(
        names = "--min-confidence",
        defaultValue = "0.0",
        description = "below this, out of scope")
    double minConfidence;

    @Option(
        names = "--min-similarity",
        defaultValue = "0.0",
        description =
            "out of scope when the nearest in-scope training example's cosine is below (0: off)")
    double minSimilarity;

    @Option(names = "--epochs", defaultValue = "30", description = "softmax-regression epochs")
    int epochs;

    @Option(names = "--l2", defaultValue = "1e-5", description = "softmax-regression L2 penalty")
    double l2;

    @Option(
        names = "--learning-rate",
        defaultValue = "0.001",
        description = "softmax-regression Adam step")
    double learningRate;

    @Option(names = "--k", defaultValue = "10", description = "neighbours in the kNN vote")
    int k;

    @Option(names = "--temperature", defaultValue = "0.05", description = "kNN vote temperature")
    double temperature;

    @Option(names = "--maxent-iterations", defaultValue = "100")
    int maxentIterations;

    @Option(
        names = "--weights",
        defaultValue = "0.4,0.4,0.2",
        split = ",",
        description =
            "ensemble weights: regression,knn,maxent[,lexical] (lexical 0 when left out; a part"
                + " with weight 0 for every language is not trained)")
    double[] weights;

    @Option(
        names = "--non-english-weights",
        defaultValue = "0.1,0.1,0.8",
        split = ",",
        description = "ensemble weights for text detected as not English")
    double[] nonEnglishWeights;

    @Option(names = "--lexical-epochs", defaultValue = "40", description = "lexical-part epochs")
    int lexicalEpochs;

    @Option(names = "--lexical-l2", defaultValue = "1e-6", description = "lexical-part L2 penalty")
    double lexicalL2;

    @Option(
        names = "--lexical-learning-rate",
        defaultValue = "0.3",
        description = "lexical-part AdaGrad step")
    double lexicalLearningRate;

    @Option(
        names = "--encoder",
        defaultValue = "bge-small-en-v1.5-q",
        description =
            "sentence encoder: bge-small-en-v1.5-q (shipped), all-minilm-l6-v2-q or"
                + " all-minilm-l6-v2-q-mean-max")
    String encoderName;

    SentenceEncoder encoder() {
      return new OnnxSentenceEncoder(OnnxSentenceEncoder.Model.named(encoderName));
    }

    @Option(
        names = "--embedding-cache",
        description = "directory to keep embeddings in between runs")
    Path embeddingCache;

    TrainingSettings settings() {
      return TrainingSettings.defaults(outOfScopeLabel)
          .with(epochs, l2, learningRate, k, temperature, maxentIterations, weights, minConfidence)
          .withNonEnglishWeights(nonEnglishWeights)
          .withMinSimilarity(minSimilarity)
          .withLexical(
              new LexicalSoftmax.Settings(lexicalEpochs, lexicalL2, lexicalLearningRate, 42));
    }
  }

  @Command(name = "train", description = "Train a model and write it to a file.")
  static final class Train extends TrainingOptions implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "training CSV")
    Path data;

    @Option(names = "--out", required = true, description = "model file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
      IntentCorpus corpus = IntentCorpus.read(data, "");
      ProgressBar bar = new ProgressBar(System.err);
      long start = System.nanoTime();
      IntentModel model =
          new IntentTrainer(encoder(), bar::update)
              .train(corpus.utterances(), corpus.sha256(), settings());
      bar.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      ModelArtifact.write(model, corpus.sha256(), Map.of("train_seconds", seconds(seconds)), out);
      System.out.println("model: " + model.version());
      System.out.println("train_seconds: " + seconds(seconds));
      return 0;
    }
  }

  @Command(name = "classify", description = "Classify one message with a trained model.")
  static final class Classify implements Callable<Integer> {
    @Option(names = "--model", required = true)
    Path model;

    @Parameters(arity = "1..*", description = "the message")
    List<String> words;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      IntentModel loaded;
      try (InputStream in = Files.newInputStream(model)) {
        loaded = ModelArtifact.read(in, new OnnxSentenceEncoder(encoderOf(model))).model();
      }
      System.err.printf(Locale.ROOT, "model loaded in %.2f s%n", (System.nanoTime() - start) / 1e9);
      IntentPrediction p = loaded.predict(String.join(" ", words));
      System.out.println("intent: " + p.intent());
      System.out.printf(Locale.ROOT, "confidence: %.4f%n", p.confidence());
      System.out.println("out_of_scope: " + p.outOfScope());
      for (ScoredIntent alternative : p.alternatives()) {
        System.out.printf(
            Locale.ROOT, "alternative: %s %.4f%n", alternative.intent(), alternative.score());
      }
      for (IntentPrediction.Neighbour n : p.explanation().neighbours()) {
        System.out.printf(
            Locale.ROOT, "neighbour: %.3f %s \"%s\"%n", n.similarity(), n.label(), n.text());
      }
      System.out.println("model: " + p.modelVersion());
      return 0;
    }
  }

  @Command(name = "evaluate", description = "Train on one CSV, evaluate on another.")
  static final class Evaluate extends TrainingOptions implements Callable<Integer> {
    @Option(names = "--train", required = true)
    Path train;

    @Option(names = "--test", required = true)
    Path test;

    @Override
    public Integer call() {
      IntentCorpus training = IntentCorpus.read(train, "");
      IntentCorpus testing = IntentCorpus.read(test, "");
      SentenceEncoder encoder = encoder();
      ProgressBar bar = new ProgressBar(System.err);
      long start = System.nanoTime();
      // Training time includes embedding the training texts (unless --embedding-cache had them).
      float[][] trainingEmbeddings =
          encode(encoder, training.utterances(), bar, "embedding", embeddingCache);
      IntentModel model =
          new IntentTrainer(encoder, bar::update)
              .train(training.utterances(), trainingEmbeddings, training.sha256(), settings());
      double trainSeconds = (System.nanoTime() - start) / 1e9;
      float[][] embeddings =
          encode(encoder, testing.utterances(), bar, "embedding test set", embeddingCache);
      bar.finish();
      print(score(model, testing.utterances(), embeddings, trainSeconds));
      return 0;
    }
  }

  @Command(name = "crossval", description = "Stratified k-fold cross-validation on one CSV.")
  static final class CrossValidate extends TrainingOptions implements Callable<Integer> {
    @Option(names = "--data", description = "CSV to cross-validate")
    Path data;

    @Option(
        names = "--bundled",
        description = "use Tellerline's own en+de corpus; adds per-language lines")
    boolean bundled;

    @Option(names = "--folds", defaultValue = "5")
    int folds;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(
        names = "--predictions",
        description = "write the out-of-fold predictions (text,language,label,predicted,fold)")
    Path predictions;

    @Option(
        names = "--part-probabilities",
        description =
            "write every part's out-of-fold probabilities (fold,label,detected language, then"
                + " part:label columns), for choosing weights and thresholds")
    Path partProbabilities;

    @Override
    public Integer call() {
      if (bundled == (data != null)) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "give either --data FILE or --bundled");
      }
      IntentCorpus corpus = bundled ? IntentCorpus.bundled() : IntentCorpus.read(data, "");
      List<LabelledUtterance> rows = corpus.utterances();
      SentenceEncoder encoder = encoder();
      ProgressBar bar = new ProgressBar(System.err);
      long start = System.nanoTime();
      float[][] embeddings = encode(encoder, rows, bar, "embedding", embeddingCache);
      double embedSeconds = (System.nanoTime() - start) / 1e9;
      int[] fold = Folds.assign(rows, folds, seed);
      bar.finish();
      long trainStart = System.nanoTime();
      AtomicInteger finished = new AtomicInteger();
      // Folds train in parallel, one per core; each is deterministic on its own.
      List<IntentModel> models =
          IntStream.range(0, folds)
              .parallel()
              .mapToObj(
                  f -> {
                    Split split = Split.of(rows, embeddings, fold, f);
                    IntentModel model =
                        new IntentTrainer(encoder, status -> {})
                            .train(
                                split.trainRows,
                                split.trainEmbeddings,
                                corpus.sha256(),
                                settings());
                    System.err.println(
                        "fold " + finished.incrementAndGet() + "/" + folds + " trained");
                    return model;
                  })
              .toList();
      // Per fold: its share of the parallel training time, plus embedding its training rows.
      double perFold = (System.nanoTime() - trainStart) / 1e9 * Math.min(folds, cores()) / folds;
      List<Report> reports = new ArrayList<>();
      Map<String, List<String[]>> byLanguage = new TreeMap<>(); // language -> (gold, predicted)
      List<List<String>> predictionRows = new ArrayList<>();
      List<List<String>> partRows = new ArrayList<>();
      for (int f = 0; f < folds; f++) {
        Split split = Split.of(rows, embeddings, fold, f);
        double seconds = perFold + embedSeconds * split.trainRows.size() / rows.size();
        IntentModel model = models.get(f);
        List<String> predicted =
            Evaluator.predictAll(model, split.testRows, split.testEmbeddings, DETECTED_LANGUAGE);
        List<String> gold = split.testRows.stream().map(LabelledUtterance::label).toList();
        double p99 = Evaluator.p99ClassifyMillis(model, split.testRows);
        reports.add(
            Evaluator.score(gold, predicted, model.settings().outOfScopeLabel(), seconds, p99));
        for (int i = 0; i < gold.size(); i++) {
          byLanguage
              .computeIfAbsent(split.testRows.get(i).language(), l -> new ArrayList<>())
              .add(new String[] {gold.get(i), predicted.get(i)});
          LabelledUtterance row = split.testRows.get(i);
          predictionRows.add(
              List.of(row.text(), row.language(), gold.get(i), predicted.get(i), "" + f));
          if (partProbabilities != null) {
            List<String> values = new ArrayList<>();
            values.add("" + f);
            values.add(gold.get(i));
            values.add(DETECTED_LANGUAGE.apply(row.text()));
            for (double[] part : model.partProbabilities(row.text(), split.testEmbeddings[i])) {
              for (double p : part) {
                values.add(String.format(Locale.ROOT, "%.6g", p));
              }
            }
            partRows.add(values);
          }
        }
      }
      if (predictions != null) {
        writeCsv(
            predictions, List.of("text", "language", "label", "predicted", "fold"), predictionRows);
      }
      if (partProbabilities != null) {
        if (models.stream()
            .anyMatch(m -> !m.labels().names().equals(models.get(0).labels().names()))) {
          throw new IllegalStateException("a label is missing from some fold's training rows");
        }
        List<String> header = new ArrayList<>(List.of("fold", "label", "detected_language"));
        for (String part : List.of("regression", "knn", "maxent", "lexical")) {
          models.get(0).labels().names().forEach(label -> header.add(part + ":" + label));
        }
        writeCsv(partProbabilities, header, partRows);
      }
      print(Evaluator.mean(reports));
      byLanguage.remove("");
      byLanguage.forEach(
          (language, pairs) -> {
            Report r =
                Evaluator.score(
                    pairs.stream().map(p -> p[0]).toList(),
                    pairs.stream().map(p -> p[1]).toList(),
                    settings().outOfScopeLabel(),
                    0,
                    0);
            System.out.println("accuracy_" + language + ": " + r.lines().get("accuracy"));
            System.out.println("macro_f1_" + language + ": " + r.lines().get("macro_f1"));
          });
      return 0;
    }
  }

  /** Train and test parts of one fold. */
  record Split(
      List<LabelledUtterance> trainRows,
      float[][] trainEmbeddings,
      List<LabelledUtterance> testRows,
      float[][] testEmbeddings) {
    static Split of(List<LabelledUtterance> rows, float[][] embeddings, int[] fold, int testFold) {
      List<LabelledUtterance> trainRows = new ArrayList<>();
      List<LabelledUtterance> testRows = new ArrayList<>();
      List<float[]> trainVectors = new ArrayList<>();
      List<float[]> testVectors = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        boolean test = fold[i] == testFold;
        (test ? testRows : trainRows).add(rows.get(i));
        (test ? testVectors : trainVectors).add(embeddings[i]);
      }
      return new Split(
          trainRows,
          trainVectors.toArray(float[][]::new),
          testRows,
          testVectors.toArray(float[][]::new));
    }
  }

  /** The encoder a model file's manifest names. */
  static OnnxSentenceEncoder.Model encoderOf(Path model) throws java.io.IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return OnnxSentenceEncoder.Model.named(ModelArtifact.readManifest(in).getProperty("encoder"));
    }
  }

  private static void writeCsv(Path file, List<String> header, List<List<String>> rows) {
    try (var out = Files.newBufferedWriter(file);
        var printer =
            new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .build())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static float[][] encode(
      SentenceEncoder encoder,
      List<LabelledUtterance> rows,
      ProgressBar bar,
      String task,
      Path cache) {
    List<String> texts = rows.stream().map(LabelledUtterance::text).toList();
    IntConsumer progress = done -> bar.update(task + " " + done + "/" + texts.size());
    return cache == null
        ? encoder.encodeAll(texts, progress)
        : new EmbeddingCache(cache).encodeAll(encoder, texts, progress);
  }

  static float[][] encodeTexts(
      SentenceEncoder encoder, List<String> texts, ProgressBar bar, Path cache) {
    IntConsumer progress = done -> bar.update("embedding " + done + "/" + texts.size());
    return cache == null
        ? encoder.encodeAll(texts, progress)
        : new EmbeddingCache(cache).encodeAll(encoder, texts, progress);
  }

  static Report score(
      IntentModel model, List<LabelledUtterance> rows, float[][] embeddings, double trainSeconds) {
    List<String> predicted = Evaluator.predictAll(model, rows, embeddings, DETECTED_LANGUAGE);
    List<String> gold = rows.stream().map(LabelledUtterance::label).toList();
    double p99 = Evaluator.p99ClassifyMillis(model, rows);
    return Evaluator.score(gold, predicted, model.settings().outOfScopeLabel(), trainSeconds, p99);
  }

  static void print(Report report) {
    report.lines().forEach((name, value) -> System.out.println(name + ": " + value));
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }
}
