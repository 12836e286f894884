package io.tellerline.nlu.cli;

import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "heldout",
    description =
        "Score the shipped pipeline (the bundled models, as the application runs them) on held-out"
            + " sets of text,language,label: intents and/or frustration. The row's language is"
            + " the customer's profile language.")
final class ScoreHeldOutCommand implements Callable<Integer> {
  @Option(names = "--intents", description = "CSV text,language,label (label: intent or oos)")
  Path intents;

  @Option(names = "--frustration", description = "CSV text,language,label (calm|frustrated)")
  Path frustration;

  @Option(names = "--errors", description = "also print every wrong answer")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    TellerlineNlu nlu = TellerlineNlu.loadBundled();
    if (intents != null) {
      Map<String, int[]> counts = new TreeMap<>(); // language -> right, all
      for (HeldOutRow row : rows(intents)) {
        String gold = row.label();
        var prediction = nlu.analyse(row.text(), row.language()).intent();
        String said = prediction.outOfScope() ? "oos" : prediction.intent();
        int[] c = counts.computeIfAbsent(row.language(), k -> new int[2]);
        c[0] += said.equals(gold) ? 1 : 0;
        c[1]++;
        if (errors && !said.equals(gold)) {
          System.out.println("  wrong " + row.language() + " " + gold + " -> " + said);
        }
      }
      counts.forEach(
          (language, c) ->
              System.out.printf(
                  Locale.ROOT,
                  "intent_accuracy_%s: %.4f (%d of %d)%n",
                  language,
                  c[0] / (double) c[1],
                  c[0],
                  c[1]));
    }
    if (frustration != null) {
      FrustrationTally tally = new FrustrationTally();
      for (FrustrationDetector.Example row :
          FrustrationDetector.read(Files.readAllBytes(frustration))) {
        boolean said = nlu.analyse(row.text(), row.language()).frustration().frustrated();
        tally.add(row.language(), row.frustrated(), said);
        if (errors && said != row.frustrated()) {
          System.out.println("  wrong " + row.language() + (said ? " false alarm" : " missed"));
        }
      }
      tally.print("frustration_");
    }
    return 0;
  }

  record HeldOutRow(String text, String language, String label) {}

  /** Rows of a UTF-8 text,language,label file. */
  private static List<HeldOutRow> rows(Path csv) throws java.io.IOException {
    List<HeldOutRow> rows = new ArrayList<>();
    var format =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    try (var parser = format.parse(Files.newBufferedReader(csv))) {
      for (var row : parser) {
        rows.add(new HeldOutRow(row.get("text"), row.get("language"), row.get("label")));
      }
    }
    return rows;
  }
}
