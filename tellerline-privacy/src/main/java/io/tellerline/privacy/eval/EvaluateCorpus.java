package io.tellerline.privacy.eval;

import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: scores {@link PiiDetector} on a labelled corpus and prints per-type precision,
 * recall and F1, the overall figures and the targets not met. Exit code 0 if all targets are met.
 *
 * <pre>
 * java -cp 'tellerline-privacy/target/tellerline-privacy.jar:tellerline-privacy/target/lib/*' \
 *   io.tellerline.privacy.eval.EvaluateCorpus [corpus.jsonl] [--split dev|test|all] [--errors]
 * </pre>
 *
 * Without a path, the corpus on the class path (test resources) is read.
 */
public final class EvaluateCorpus {
  private EvaluateCorpus() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String path = null;
    String split = "all";
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--errors" -> errors = true;
        default -> path = args[i];
      }
    }
    List<LabelledMessage> messages = select(load(path), split);
    PiiDetector detector = new PiiDetector();
    Evaluation evaluation = Evaluation.of(messages, m -> detector.detect(m.text(), m.profile()));
    print(out, split, messages.size(), evaluation);
    if (errors) {
      evaluation.errors().forEach(out::println);
    }
    System.exit(Targets.unmet(evaluation).isEmpty() ? 0 : 1);
  }

  static List<LabelledMessage> select(List<LabelledMessage> messages, String split) {
    return split.equals("all")
        ? messages
        : messages.stream().filter(m -> m.split().equals(split)).toList();
  }

  private static List<LabelledMessage> load(String path) throws IOException {
    try (InputStream in =
        path == null
            ? EvaluateCorpus.class.getResourceAsStream(Corpus.BUNDLED)
            : Files.newInputStream(Path.of(path))) {
      if (in == null) {
        throw new IOException("no corpus given and none on the class path");
      }
      return Corpus.read(in);
    }
  }

  static void print(PrintStream out, String split, int messages, Evaluation evaluation) {
    out.printf(Locale.ROOT, "split %s: %d messages%n", split, messages);
    out.printf(
        Locale.ROOT,
        "%-14s %5s %5s %5s %9s %9s %7s%n",
        "type",
        "gold",
        "fp",
        "fn",
        "precision",
        "recall",
        "F1");
    for (PiiType type : PiiType.values()) {
      row(out, type.name(), evaluation.score(type));
    }
    row(out, "OVERALL", evaluation.overall());
    List<String> unmet = Targets.unmet(evaluation);
    out.println(unmet.isEmpty() ? "all targets met" : "NOT MET: " + String.join("; ", unmet));
  }

  private static void row(PrintStream out, String label, TypeScore s) {
    out.printf(
        Locale.ROOT,
        "%-14s %5d %5d %5d %9.4f %9.4f %7.4f%n",
        label,
        s.gold(),
        s.falsePositives(),
        s.falseNegatives(),
        s.precision(),
        s.recall(),
        s.f1());
  }
}
