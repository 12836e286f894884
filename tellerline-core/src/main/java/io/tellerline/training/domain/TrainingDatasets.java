package io.tellerline.training.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read side of the dataset versions (table {@code dataset_version}, rows in {@code dataset_row}).
 * Versions are immutable once written; a new version is a new row set.
 */
public interface TrainingDatasets {

  /** Every version, newest (highest number) first. */
  List<DatasetVersion> versions();

  Optional<DatasetVersion> find(UUID id);

  /**
   * All rows of a version in their stable order: the shipped corpus first (as of the version's
   * {@code shippedCorpusSha256}), then the added rows by ordinal.
   *
   * @throws IllegalStateException if the version names a shipped corpus this build does not hold
   */
  List<DatasetRow> rowsOf(UUID versionId);
}
