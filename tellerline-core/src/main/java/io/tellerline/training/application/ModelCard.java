package io.tellerline.training.application;

import io.tellerline.nlu.evaluate.BinaryScores;
import io.tellerline.nlu.evaluate.LabelScores.LabelScore;
import io.tellerline.nlu.evaluate.LabelScores.Summary;
import io.tellerline.training.application.EvaluationReport.Change;
import io.tellerline.training.application.EvaluationReport.SetResult;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A candidate's model card in Markdown: intended use, data lineage (dataset version, content hash,
 * rows by source and language), settings, evaluation beside the live model (per set, language and
 * intent), per-language parity, frustration figures, changed predictions and known limits.
 */
public final class ModelCard {

  /** The largest accuracy gap between languages that the card does not flag. */
  static final double PARITY_POINTS = 5.0;

  /** Changed predictions listed in full; the rest are counted. */
  static final int CHANGES_LISTED = 60;

  private final StringBuilder text = new StringBuilder();

  private ModelCard() {}

  public static String of(CardFacts facts, EvaluationReport report) {
    ModelCard card = new ModelCard();
    card.header(facts);
    card.lineage(facts);
    card.settings(facts);
    card.evaluation(report);
    card.parity(report);
    card.frustration(report);
    card.changes(report);
    card.limits();
    return card.text.toString();
  }

  private void header(CardFacts facts) {
    line("# Model card: " + facts.modelVersion());
    line("");
    line("Intent classifier of the Tellerline assistant (English and German).");
    line("");
    line("- Artifact SHA-256: `" + facts.artifactSha256() + "`");
    line("- Trained by: " + facts.trainedBy() + " at " + facts.trainedAt() + " UTC");
    line(
        String.format(
            Locale.ROOT, "- Training time: %.1f s (in the running server)", facts.trainSeconds()));
    line("- Sentence encoder: " + facts.encoder());
    line("");
    line("## Intended use");
    line("");
    line("Routes a bank customer's chat message to one of the assistant's intents, or to \"not");
    line(
        "understood\" (out of scope), so that the assistant answers, asks for step-up, or hands over");
    line("to staff. It decides no credit, no payment and nothing about a person: every sensitive");
    line(
        "action it routes to is guarded by the authentication policy, and staff can take over any");
    line("conversation. Not for languages other than English and German, nor for text other than");
    line("customer chat messages.");
    line("");
  }

  private void lineage(CardFacts facts) {
    line("## Data lineage");
    line("");
    line("- Dataset version: " + facts.datasetNumber());
    line("- Content SHA-256 (every row, in order): `" + facts.datasetContentSha256() + "`");
    line("- Shipped corpus SHA-256: `" + facts.shippedCorpusSha256() + "`");
    line("- Rows: " + facts.rowCount());
    line("");
    line("| source | rows |");
    line("|---|---:|");
    facts.rowsBySource().forEach((source, rows) -> line("| " + source + " | " + rows + " |"));
    line("");
    line("| language | rows |");
    line("|---|---:|");
    facts.rowsByLanguage().forEach((language, rows) -> line("| " + language + " | " + rows + " |"));
    line("");
  }

  private void settings(CardFacts facts) {
    line("## Settings");
    line("");
    line("| setting | value |");
    line("|---|---|");
    facts.settings().forEach((name, value) -> line("| " + name + " | `" + value + "` |"));
    line("");
  }

  private void evaluation(EvaluationReport report) {
    line("## Evaluation beside the live model");
    line("");
    line("Live model: " + report.liveVersion() + ". Candidate: " + report.candidateVersion() + ".");
    line("");
    for (SetResult set : report.sets()) {
      line("### " + set.name());
      line("");
      line(set.description() + ".");
      line("");
      line(
          "| language | messages | accuracy live | accuracy candidate | macro-F1 live"
              + " | macro-F1 candidate | out-of-scope recall live | out-of-scope recall candidate |");
      line("|---|---:|---:|---:|---:|---:|---:|---:|");
      summaryRow("all", set.live(), set.candidate());
      set.liveByLanguage()
          .forEach(
              (language, live) ->
                  summaryRow(language, live, set.candidateByLanguage().get(language)));
      line("");
    }
    SetResult heldOut = report.set(CandidateEvaluation.HELD_OUT);
    line("### Per intent (" + heldOut.name() + ", F1)");
    line("");
    line("| intent | messages | F1 live | F1 candidate |");
    line("|---|---:|---:|---:|");
    TreeSet<String> intents = new TreeSet<>(heldOut.live().perLabel().keySet());
    intents.addAll(heldOut.candidate().perLabel().keySet());
    for (String intent : intents) {
      LabelScore live = heldOut.live().perLabel().get(intent);
      LabelScore candidate = heldOut.candidate().perLabel().get(intent);
      line(
          "| "
              + intent
              + " | "
              + (live == null ? 0 : live.support())
              + " | "
              + f1(live)
              + " | "
              + f1(candidate)
              + " |");
    }
    line("");
  }

  private void parity(EvaluationReport report) {
    line("## Per-language parity");
    line("");
    SetResult heldOut = report.set(CandidateEvaluation.HELD_OUT);
    Map<String, Summary> byLanguage = heldOut.candidateByLanguage();
    double best = byLanguage.values().stream().mapToDouble(Summary::accuracy).max().orElse(0);
    double worst = byLanguage.values().stream().mapToDouble(Summary::accuracy).min().orElse(0);
    double gap = (best - worst) * 100;
    line(
        String.format(
            Locale.ROOT, "Largest accuracy gap between languages (held-out): %.1f points.", gap));
    line(
        gap <= PARITY_POINTS
            ? "Within the " + PARITY_POINTS + "-point parity goal."
            : "**Outside the "
                + PARITY_POINTS
                + "-point parity goal: the approver must accept the gap"
                + " knowingly.**");
    line("");
  }

  private void frustration(EvaluationReport report) {
    line("## Frustration detector");
    line("");
    line(
        "Version "
            + report.frustrationVersion()
            + " (not retrained with the intent model), on"
            + " frustration-heldout.csv:");
    line("");
    line("| language | precision | recall |");
    line("|---|---:|---:|");
    report.frustration().forEach((language, scores) -> frustrationRow(language, scores));
    line("");
  }

  private void changes(EvaluationReport report) {
    line("## Changed predictions");
    line("");
    int listed = 0;
    int total = 0;
    line("| set | language | message | expected | live | candidate |");
    line("|---|---|---|---|---|---|");
    for (SetResult set : report.sets()) {
      for (Change change : set.changes()) {
        total++;
        if (listed++ < CHANGES_LISTED) {
          line(
              "| "
                  + set.name()
                  + " | "
                  + change.language()
                  + " | "
                  + cell(change.text())
                  + " | "
                  + change.expected()
                  + " | "
                  + change.live()
                  + " | "
                  + change.candidate()
                  + " |");
        }
      }
    }
    line("");
    line(
        total
            + " changed prediction(s)"
            + (total > CHANGES_LISTED ? ", the first " + CHANGES_LISTED + " listed." : "."));
    line("");
  }

  private void limits() {
    line("## Known limits");
    line("");
    line(
        "- Evaluated with each message's labelled language; live turns use the identified language.");
    line(
        "- Story messages are evaluated one by one, without the dialogue before them; a reply such"
            + " as \"yes\" is judged out of its context.");
    line("- Only English and German were evaluated; other languages are out of scope.");
    line("- The held-out set is small (476 messages): one message moves an intent's F1 a lot.");
    line(
        "- Shadow results (agreement with the live model on real turns) are on the console, not in"
            + " this card, because they grow after it is written.");
  }

  private void summaryRow(String language, Summary live, Summary candidate) {
    line(
        "| "
            + language
            + " | "
            + live.messages()
            + " | "
            + pct(live.accuracy())
            + " | "
            + pct(candidate.accuracy())
            + " | "
            + pct(live.macroF1())
            + " | "
            + pct(candidate.macroF1())
            + " | "
            + pct(live.recallOf("oos"))
            + " | "
            + pct(candidate.recallOf("oos"))
            + " |");
  }

  private void frustrationRow(String language, BinaryScores scores) {
    line("| " + language + " | " + pct(scores.precision()) + " | " + pct(scores.recall()) + " |");
  }

  private static String f1(LabelScore score) {
    return score == null ? "-" : pct(score.f1());
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  /** A message in a table cell: its pipes and line breaks would break the table. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s+", " ");
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}
