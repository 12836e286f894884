package io.tellerline.training.infrastructure;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.TrainingDatasets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Dataset versions read from {@code dataset_version} / {@code dataset_row} (see V27). */
@ApplicationScoped
public class JpaTrainingDatasets implements TrainingDatasets {

  private static final String VERSION_COLUMNS =
      "select id, number, content_sha256, row_count, shipped_corpus_sha256, created_by,"
          + " created_at, note from dataset_version";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<DatasetVersion> versions() {
    return entityManager
        .createNativeQuery(VERSION_COLUMNS + " order by number desc")
        .getResultList()
        .stream()
        .map(row -> version((Object[]) row))
        .toList();
  }

  @Override
  public Optional<DatasetVersion> find(UUID id) {
    return entityManager
        .createNativeQuery(VERSION_COLUMNS + " where id = ?1")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .findFirst()
        .map(row -> version((Object[]) row));
  }

  @Override
  public List<DatasetRow> rowsOf(UUID versionId) {
    DatasetVersion version =
        find(versionId)
            .orElseThrow(() -> new IllegalArgumentException("no dataset version " + versionId));
    List<DatasetRow> rows = new ArrayList<>(shippedRows(version.shippedCorpusSha256()));
    rows.addAll(addedRows(entityManager, versionId));
    return rows;
  }

  /** The rows a version adds to the shipped corpus, by ordinal. */
  static List<DatasetRow> addedRows(EntityManager entityManager, UUID versionId) {
    List<DatasetRow> rows = new ArrayList<>();
    List<?> added =
        entityManager
            .createNativeQuery(
                "select language, intent, text, source, source_ref from dataset_row"
                    + " where dataset_version_id = ?1 order by ordinal")
            .setParameter(1, versionId)
            .getResultList();
    for (Object row : added) {
      Object[] columns = (Object[]) row;
      rows.add(
          new DatasetRow(
              (String) columns[0],
              (String) columns[1],
              (String) columns[2],
              DatasetRowSource.valueOf((String) columns[3]),
              (String) columns[4]));
    }
    return rows;
  }

  /** The shipped corpus as rows, if it is the one the version was cut from. */
  static List<DatasetRow> shippedRows(String expectedSha256) {
    IntentCorpus corpus = IntentCorpus.bundled();
    if (!corpus.sha256().equals(expectedSha256)) {
      throw new IllegalStateException(
          "dataset version was cut from shipped corpus "
              + expectedSha256
              + " but this build holds "
              + corpus.sha256());
    }
    List<DatasetRow> rows = new ArrayList<>();
    Map<String, Integer> rowInFile = new HashMap<>();
    for (LabelledUtterance utterance : corpus.utterances()) {
      int index = rowInFile.merge(utterance.language(), 1, Integer::sum);
      rows.add(
          new DatasetRow(
              utterance.language(),
              utterance.label(),
              utterance.text(),
              DatasetRowSource.SHIPPED_CORPUS,
              "intents-" + utterance.language() + ".csv#" + index));
    }
    return rows;
  }

  private static DatasetVersion version(Object[] row) {
    return new DatasetVersion(
        row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString()),
        ((Number) row[1]).intValue(),
        row[2].toString().trim(),
        ((Number) row[3]).intValue(),
        row[4].toString().trim(),
        (String) row[5],
        instant(row[6]),
        (String) row[7]);
  }

  private static Instant instant(Object column) {
    if (column instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) column;
  }
}
