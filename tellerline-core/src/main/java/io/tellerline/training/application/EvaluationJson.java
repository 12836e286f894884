package io.tellerline.training.application;

import io.tellerline.nlu.evaluate.LabelScores.Summary;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.training.application.EvaluationReport.SetResult;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/** The evaluation's figures as JSON, stored with the model and offered for download. */
final class EvaluationJson {

  private EvaluationJson() {}

  static String of(EvaluationReport report) {
    JsonArrayBuilder sets = JsonBuilders.array();
    for (SetResult set : report.sets()) {
      sets.add(
          JsonBuilders.object()
              .add("name", set.name())
              .add("live", summary(set.live(), set.liveByLanguage()))
              .add("candidate", summary(set.candidate(), set.candidateByLanguage()))
              .add("changedPredictions", set.changes().size()));
    }
    JsonObjectBuilder frustration = JsonBuilders.object();
    report
        .frustration()
        .forEach(
            (language, scores) ->
                frustration.add(
                    language,
                    JsonBuilders.object()
                        .add("precision", scores.precision())
                        .add("recall", scores.recall())));
    return JsonBuilders.object()
        .add("liveVersion", report.liveVersion())
        .add("candidateVersion", report.candidateVersion())
        .add("sets", sets)
        .add("frustrationVersion", report.frustrationVersion())
        .add("frustration", frustration)
        .build()
        .toString();
  }

  private static JsonObjectBuilder summary(Summary all, Map<String, Summary> byLanguage) {
    JsonObjectBuilder languages = JsonBuilders.object();
    byLanguage.forEach((language, summary) -> languages.add(language, figures(summary)));
    return figures(all).add("byLanguage", languages);
  }

  private static JsonObjectBuilder figures(Summary summary) {
    return JsonBuilders.object()
        .add("messages", summary.messages())
        .add("accuracy", summary.accuracy())
        .add("macroF1", summary.macroF1())
        .add("outOfScopeRecall", summary.recallOf("oos"));
  }
}
