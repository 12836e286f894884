package io.tellerline.it.support;

import io.tellerline.nlu.IntentCorpus;
import io.tellerline.training.domain.DatasetContentHash;
import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dataset version written straight to the database, as the review inbox would write it: the
 * shipped corpus (by its hash) plus staff-written rows, with the content hash over every row.
 */
public final class TrainingData {

  private TrainingData() {}

  /** The new version's id. */
  public static UUID addVersion(String createdBy, List<DatasetRow> added) throws SQLException {
    IntentCorpus corpus = IntentCorpus.bundled();
    List<DatasetRow> all = new ArrayList<>();
    corpus
        .utterances()
        .forEach(
            u ->
                all.add(
                    new DatasetRow(
                        u.language(), u.label(), u.text(), DatasetRowSource.SHIPPED_CORPUS, "")));
    all.addAll(added);
    UUID id = UUID.randomUUID();
    try (Connection connection = BankDatabase.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement version =
          connection.prepareStatement(
              "insert into dataset_version (id, number, content_sha256, row_count,"
                  + " shipped_corpus_sha256, created_by, created_at, note)"
                  + " select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ?, ?"
                  + " from dataset_version")) {
        version.setObject(1, id);
        version.setString(2, DatasetContentHash.of(all));
        version.setInt(3, all.size());
        version.setString(4, corpus.sha256());
        version.setString(5, createdBy);
        version.setTimestamp(6, Timestamp.from(Instant.now()));
        version.setString(7, "written by an integration test");
        version.executeUpdate();
      }
      try (PreparedStatement row =
          connection.prepareStatement(
              "insert into dataset_row (dataset_version_id, ordinal, language, intent, text,"
                  + " source, source_ref) values (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < added.size(); i++) {
          DatasetRow r = added.get(i);
          row.setObject(1, id);
          row.setInt(2, i + 1);
          row.setString(3, r.language());
          row.setString(4, r.intent());
          row.setString(5, r.text());
          row.setString(6, r.source().name());
          row.setString(7, r.sourceRef());
          row.addBatch();
        }
        row.executeBatch();
      }
      connection.commit();
    }
    return id;
  }
}
