package io.tellerline.training.application;

import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetVersion;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The facts of a model card that come from the model and its dataset version. */
final class Lineage {

  private Lineage() {}

  static CardFacts facts(
      IntentModel model,
      String artifactSha256,
      String trainedBy,
      Instant trainedAt,
      double seconds,
      DatasetVersion dataset,
      List<DatasetRow> rows) {
    return new CardFacts(
        model.version(),
        artifactSha256,
        trainedBy,
        trainedAt,
        seconds,
        dataset.number(),
        dataset.contentSha256(),
        dataset.shippedCorpusSha256(),
        rows.size(),
        countBy(rows, row -> row.source().name()),
        countBy(rows, DatasetRow::language),
        model.encoder().modelId(),
        model.settings().describe());
  }

  private static Map<String, Long> countBy(
      List<DatasetRow> rows, Function<DatasetRow, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
