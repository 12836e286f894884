package io.tellerline.training.application;

import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.embedding.SentenceEncoder;
import io.tellerline.nlu.evaluate.BinaryScores;
import io.tellerline.nlu.evaluate.HeldOutSets;
import io.tellerline.nlu.evaluate.LabelScores;
import io.tellerline.nlu.evaluate.LabelScores.Scored;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import io.tellerline.training.application.EvaluationReport.Change;
import io.tellerline.training.application.EvaluationReport.SetResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates a candidate intent model beside the live one on the held-out intent set (written by
 * people who saw neither corpus nor code) and on the conversation test suite's messages (each taken
 * on its own), and the shared frustration detector on the held-out frustration set. The evaluation
 * texts are encoded once per encoder and kept, so later candidates are evaluated in seconds.
 */
@ApplicationScoped
public class CandidateEvaluation {

  static final String HELD_OUT = "held-out";
  static final String STORIES = "stories";

  private final Map<String, float[][]> embeddings = new ConcurrentHashMap<>();

  public EvaluationReport evaluate(IntentModel candidate, TellerlineNlu live) {
    SentenceEncoder encoder = live.encoder();
    List<SetResult> sets =
        List.of(
            compare(
                HELD_OUT,
                "intents-heldout.csv: 476 messages (en, de), 36 intents and out of scope,"
                    + " written by people who saw neither corpus nor code",
                HeldOutSets.intents(),
                candidate,
                live.intentModel(),
                encoder),
            compare(
                STORIES,
                "conversation-stories.csv: each story turn's message with the intent it expects,"
                    + " taken without the dialogue before it",
                HeldOutSets.storyMessages(),
                candidate,
                live.intentModel(),
                encoder));
    return new EvaluationReport(
        live.modelVersion(),
        candidate.version(),
        sets,
        live.frustrationModelVersion(),
        frustration(live.frustration(), encoder));
  }

  private SetResult compare(
      String name,
      String description,
      List<LabelledUtterance> rows,
      IntentModel candidate,
      IntentModel live,
      SentenceEncoder encoder) {
    float[][] vectors = encoded(name, rows.stream().map(LabelledUtterance::text).toList(), encoder);
    List<Scored> byLive = new ArrayList<>();
    List<Scored> byCandidate = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledUtterance row = rows.get(i);
      String fromLive = intentOf(live, row, vectors[i]);
      String fromCandidate = intentOf(candidate, row, vectors[i]);
      byLive.add(new Scored(row.language(), row.label(), fromLive));
      byCandidate.add(new Scored(row.language(), row.label(), fromCandidate));
      if (!fromLive.equals(fromCandidate)) {
        changes.add(new Change(row.language(), row.text(), row.label(), fromLive, fromCandidate));
      }
    }
    return new SetResult(
        name,
        description,
        LabelScores.of(byLive),
        LabelScores.of(byCandidate),
        LabelScores.byLanguage(byLive),
        LabelScores.byLanguage(byCandidate),
        changes);
  }

  /** The intent, with every out-of-scope decision under the held-out sets' label {@code oos}. */
  private static String intentOf(IntentModel model, LabelledUtterance row, float[] vector) {
    IntentPrediction prediction = model.predict(row.text(), vector, row.language());
    return prediction.outOfScope() ? "oos" : prediction.intent();
  }

  private Map<String, BinaryScores> frustration(
      FrustrationDetector detector, SentenceEncoder encoder) {
    List<FrustrationDetector.Example> examples = HeldOutSets.frustration();
    float[][] vectors =
        encoded(
            "frustration",
            examples.stream().map(FrustrationDetector.Example::text).toList(),
            encoder);
    Map<String, BinaryScores> scores = new TreeMap<>();
    for (int i = 0; i < examples.size(); i++) {
      FrustrationDetector.Example example = examples.get(i);
      boolean detected =
          detector.assess(example.text(), vectors[i], example.language()).frustrated();
      scores.merge(
          example.language(),
          BinaryScores.none().plus(example.frustrated(), detected),
          BinaryScores::and);
    }
    return scores;
  }

  private float[][] encoded(String set, List<String> texts, SentenceEncoder encoder) {
    return embeddings.computeIfAbsent(
        encoder.modelId() + "/" + set, key -> encoder.encodeAll(texts, done -> {}));
  }
}
