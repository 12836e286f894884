package io.tellerline.training.infrastructure;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.DatasetVersionWriter;
import io.tellerline.training.domain.TrainingDatasets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Inserts dataset versions into {@code dataset_version} / {@code dataset_row} (V27). */
@ApplicationScoped
public class JpaDatasetVersionWriter implements DatasetVersionWriter {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject TrainingDatasets datasets;

  @Override
  public String shippedCorpusSha256() {
    return IntentCorpus.bundled().sha256();
  }

  @Override
  public List<DatasetRow> shippedRows() {
    return JpaTrainingDatasets.shippedRows(shippedCorpusSha256());
  }

  @Override
  public List<DatasetRow> addedRowsOf(UUID versionId) {
    return JpaTrainingDatasets.addedRows(entityManager, versionId);
  }

  @Override
  public Optional<DatasetVersion> lockAndFindLatest() {
    // Two reviewers cutting at once would both take max + 1; the second waits, then sees the first.
    entityManager
        .createNativeQuery("lock table dataset_version in share row exclusive mode")
        .executeUpdate();
    return datasets.versions().stream().findFirst();
  }

  @Override
  public void insert(DatasetVersion version, List<DatasetRow> addedRows) {
    entityManager
        .createNativeQuery(
            "insert into dataset_version (id, number, content_sha256, row_count,"
                + " shipped_corpus_sha256, created_by, created_at, note)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, version.id())
        .setParameter(2, version.number())
        .setParameter(3, version.contentSha256())
        .setParameter(4, version.rowCount())
        .setParameter(5, version.shippedCorpusSha256())
        .setParameter(6, version.createdBy())
        .setParameter(7, Timestamp.from(version.createdAt()))
        .setParameter(8, version.note() == null ? "" : version.note())
        .executeUpdate();
    int ordinal = 0;
    for (DatasetRow row : addedRows) {
      ordinal++;
      entityManager
          .createNativeQuery(
              "insert into dataset_row (dataset_version_id, ordinal, language, intent, text,"
                  + " source, source_ref) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
          .setParameter(1, version.id())
          .setParameter(2, ordinal)
          .setParameter(3, row.language())
          .setParameter(4, row.intent())
          .setParameter(5, row.text())
          .setParameter(6, row.source().name())
          .setParameter(7, row.sourceRef())
          .executeUpdate();
    }
  }
}
