package io.tellerline.training.infrastructure;

import io.tellerline.platform.DatabaseNotification;
import io.tellerline.platform.persistence.SqlRows;
import io.tellerline.training.domain.ArtifactHash;
import io.tellerline.training.domain.ModelStatus;
import io.tellerline.training.domain.ModelVersion;
import io.tellerline.training.domain.ModelVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Model versions in {@code model_version} (see V29), by native SQL like the dataset versions. */
@ApplicationScoped
@Transactional
public class JpaModelVersions implements ModelVersions {

  private static final String COLUMNS =
      "select id, version, status, dataset_version_id, training_data_sha256, artifact_sha256,"
          + " trained_by, created_at, trained_at, progress, approved_by, live_since"
          + " from model_version";

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public List<ModelVersion> all() {
    return query(COLUMNS + " order by created_at desc");
  }

  @Override
  public Optional<ModelVersion> find(UUID id) {
    return query(COLUMNS + " where id = ?1", id).stream().findFirst();
  }

  @Override
  public Optional<ModelVersion> live() {
    return query(COLUMNS + " where status = 'LIVE'").stream().findFirst();
  }

  @Override
  public Optional<ModelVersion> inShadow() {
    return query(COLUMNS + " where status = 'SHADOW'").stream().findFirst();
  }

  @Override
  public void registerShipped(String version, String dataSha256, byte[] artifact, Instant now) {
    boolean known =
        !entityManager
            .createNativeQuery(
                "select 1 from model_version where version = ?1 and dataset_version_id is null")
            .setParameter(1, version)
            .getResultList()
            .isEmpty();
    if (known) {
      return;
    }
    // Deploying a build is a reviewed release of its own: its model goes live, the one before is
    // retired (and one click away). Several instances may start at once: the unique indexes let one
    // insert win and the others do nothing.
    update(
        "update model_version set status = 'RETIRED' where status = 'LIVE' and id <> ?1",
        UUID.randomUUID(),
        null);
    entityManager
        .createNativeQuery(
            "insert into model_version (id, version, status, training_data_sha256, artifact,"
                + " artifact_sha256, trained_by, created_at, trained_at, progress, approved_by,"
                + " approved_at, live_since) values (?1, ?2, 'LIVE', ?3, ?4, ?5, ?6, ?7, ?8,"
                + " 'trained by the build', ?9, ?10, ?11) on conflict do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, version)
        .setParameter(3, dataSha256)
        .setParameter(4, artifact)
        .setParameter(5, ArtifactHash.of(artifact))
        .setParameter(6, ModelVersion.SHIPPED_BY)
        .setParameter(7, SqlRows.at(now))
        .setParameter(8, SqlRows.at(now))
        .setParameter(9, ModelVersion.SHIPPED_BY)
        .setParameter(10, SqlRows.at(now))
        .setParameter(11, SqlRows.at(now))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void startTraining(UUID id, UUID dataset, String dataSha256, String by, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into model_version (id, version, status, dataset_version_id,"
                + " training_data_sha256, trained_by, created_at, progress)"
                + " values (?1, '', 'TRAINING', ?2, ?3, ?4, ?5, 'waiting for the training slot')")
        .setParameter(1, id)
        .setParameter(2, dataset)
        .setParameter(3, dataSha256)
        .setParameter(4, by)
        .setParameter(5, SqlRows.at(now))
        .executeUpdate();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public void progress(UUID id, String progress) {
    update("update model_version set progress = ?2 where id = ?1", id, clip(progress));
  }

  @Override
  public void trained(UUID id, TrainedModel model, Instant now) {
    entityManager
        .createNativeQuery(
            "update model_version set status = 'CANDIDATE', version = ?2, artifact = ?3,"
                + " artifact_sha256 = ?4, evaluation = ?5, model_card = ?6, trained_at = ?7,"
                + " progress = 'trained and evaluated' where id = ?1 and status = 'TRAINING'")
        .setParameter(1, id)
        .setParameter(2, model.version())
        .setParameter(3, model.artifact())
        .setParameter(4, model.artifactSha256())
        .setParameter(5, model.evaluation())
        .setParameter(6, model.card())
        .setParameter(7, SqlRows.at(now))
        .executeUpdate();
  }

  @Override
  public void failed(UUID id, String why) {
    update(
        "update model_version set status = 'FAILED', progress = ?2 where id = ?1",
        id,
        clip("failed: " + why));
  }

  @Override
  public byte[] artifact(UUID id) {
    return (byte[]) single("select artifact from model_version where id = ?1", id);
  }

  @Override
  public Optional<String> evaluation(UUID id) {
    return Optional.ofNullable(
        (String) single("select evaluation from model_version where id = ?1", id));
  }

  @Override
  public Optional<String> modelCard(UUID id) {
    return Optional.ofNullable(
        (String) single("select model_card from model_version where id = ?1", id));
  }

  @Override
  public void changeStatus(UUID id, ModelStatus from, ModelStatus to) {
    int changed =
        entityManager
            .createNativeQuery("update model_version set status = ?3 where id = ?1 and status = ?2")
            .setParameter(1, id)
            .setParameter(2, from.name())
            .setParameter(3, to.name())
            .executeUpdate();
    if (changed != 1) {
      throw new IllegalStateException("model " + id + " is no longer " + from);
    }
    notifyInstances(id);
  }

  @Override
  public void makeLive(UUID id, Optional<Approved> approval, Instant now) {
    update(
        "update model_version set status = 'RETIRED' where status = 'LIVE' and id <> ?1", id, null);
    entityManager
        .createNativeQuery(
            "update model_version set status = 'LIVE', live_since = ?2 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, SqlRows.at(now))
        .executeUpdate();
    approval.ifPresent(
        approved ->
            entityManager
                .createNativeQuery(
                    "update model_version set approved_by = ?2, approval_id = ?3,"
                        + " approved_at = ?4 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, approved.by())
                .setParameter(3, approved.approvalId())
                .setParameter(4, SqlRows.at(now))
                .executeUpdate());
    notifyInstances(id);
  }

  /** Sent when the transaction commits (PostgreSQL holds notifications until then). */
  private void notifyInstances(UUID id) {
    entityManager
        .createNativeQuery("select pg_notify(?1, ?2)")
        .setParameter(1, DatabaseNotification.MODEL_RELEASE)
        .setParameter(2, id.toString())
        .getSingleResult();
  }

  private void update(String sql, UUID id, String value) {
    var query = entityManager.createNativeQuery(sql).setParameter(1, id);
    if (value != null) {
      query.setParameter(2, value);
    }
    query.executeUpdate();
  }

  private Object single(String sql, UUID id) {
    List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, id).getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  private List<ModelVersion> query(String sql, Object... parameters) {
    var query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList().stream().map(row -> version((Object[]) row)).toList();
  }

  private static ModelVersion version(Object[] row) {
    return new ModelVersion(
        SqlRows.uuid(row[0]),
        (String) row[1],
        ModelStatus.valueOf((String) row[2]),
        row[3] == null ? null : SqlRows.uuid(row[3]),
        row[4].toString().trim(),
        row[5] == null ? null : row[5].toString().trim(),
        (String) row[6],
        SqlRows.instant(row[7]),
        SqlRows.instant(row[8]),
        (String) row[9],
        (String) row[10],
        SqlRows.instant(row[11]));
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200);
  }
}
