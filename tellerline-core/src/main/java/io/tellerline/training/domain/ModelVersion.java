package io.tellerline.training.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An intent model version: what it was trained from (a dataset version, or the shipped corpus for
 * the model the build trained), who trained it, its artifact's SHA-256 and where it stands. {@code
 * approvedBy} names the second person who released it (the build's release for the shipped model).
 */
public record ModelVersion(
    UUID id,
    String version,
    ModelStatus status,
    UUID datasetVersionId,
    String trainingDataSha256,
    String artifactSha256,
    String trainedBy,
    Instant createdAt,
    Instant trainedAt,
    String progress,
    String approvedBy,
    Instant liveSince)
    implements Serializable {

  /** Who trained the shipped model: the build, reviewed as a code change. */
  public static final String SHIPPED_BY = "build";

  public Optional<UUID> datasetVersion() {
    return Optional.ofNullable(datasetVersionId);
  }

  /** Whether it passed four eyes once (or is the shipped model), so a rollback may return to it. */
  public boolean approved() {
    return approvedBy != null;
  }

  /** A model that was live and may be made live again at once (one-click rollback). */
  public boolean rollbackTarget() {
    return status == ModelStatus.RETIRED && approved();
  }
}
