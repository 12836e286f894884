package io.tellerline.training.application;

import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetVersion;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A dataset version as the console lists it: row counts by source and by language, and the rows
 * added to the shipped corpus with where each came from (its lineage). The counts include the
 * shipped corpus only if this build holds the corpus the version was cut from.
 */
public record DatasetVersionSummary(
    DatasetVersion version,
    boolean shippedCorpusInThisBuild,
    Map<String, Long> rowsBySource,
    Map<String, Long> rowsByLanguage,
    List<DatasetRow> addedRows)
    implements Serializable {

  public DatasetVersionSummary {
    rowsBySource = Map.copyOf(rowsBySource);
    rowsByLanguage = Map.copyOf(rowsByLanguage);
    addedRows = List.copyOf(addedRows);
  }
}
