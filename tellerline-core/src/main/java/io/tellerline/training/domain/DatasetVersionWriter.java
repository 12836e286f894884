package io.tellerline.training.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Write side of the dataset versions: one new frozen version at a time. */
public interface DatasetVersionWriter {

  /** SHA-256 of the shipped corpus this build holds. */
  String shippedCorpusSha256();

  /** The shipped corpus as rows, in the order {@link TrainingDatasets#rowsOf} returns them. */
  List<DatasetRow> shippedRows();

  /** Locks out other writers until the transaction ends and returns the newest version, if any. */
  Optional<DatasetVersion> lockAndFindLatest();

  /** The rows a version adds to the shipped corpus, by ordinal (its lineage). */
  List<DatasetRow> addedRowsOf(UUID versionId);

  /** Stores a version and its added rows (ordinals 1…n in list order). */
  void insert(DatasetVersion version, List<DatasetRow> addedRows);
}
