package io.tellerline.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The life of one version of the tokenization keys (no key material: keys live in the keystore): a
 * rotation to it was started and completed (every token re-made under it), or it was destroyed. A
 * destroyed version is never used again, even if a keystore still holds it.
 */
@Entity
@Table(name = "tokenization_key_version")
public class TokenKeyVersion {

  @Id private short version;

  @Column(name = "rotation_started_at")
  private Instant rotationStartedAt;

  @Column(name = "rotation_started_by", length = 100)
  private String rotationStartedBy;

  @Column(name = "rotation_completed_at")
  private Instant rotationCompletedAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  @Column(name = "destroyed_by", length = 100)
  private String destroyedBy;

  protected TokenKeyVersion() {}

  public TokenKeyVersion(int version) {
    if (version < 1 || version > Short.MAX_VALUE) {
      throw new IllegalArgumentException("key versions start at 1");
    }
    this.version = (short) version;
  }

  /** Asks for every older token to be re-made under this version; false if already asked. */
  public boolean startRotation(String by, Instant at) {
    if (rotationStartedAt != null && rotationCompletedAt == null) {
      return false;
    }
    rotationStartedAt = at;
    rotationStartedBy = by;
    rotationCompletedAt = null;
    return true;
  }

  public void completeRotation(Instant at) {
    if (rotationStartedAt == null) {
      throw new IllegalStateException("no rotation was started");
    }
    rotationCompletedAt = at;
  }

  public void destroy(String by, Instant at) {
    if (destroyedAt != null) {
      throw new IllegalStateException("already destroyed");
    }
    destroyedAt = at;
    destroyedBy = by;
  }

  public int version() {
    return version;
  }

  /** A rotation to this version was asked for and is not complete. */
  public boolean rotating() {
    return rotationStartedAt != null && rotationCompletedAt == null && destroyedAt == null;
  }

  public Optional<Instant> rotationStartedAt() {
    return Optional.ofNullable(rotationStartedAt);
  }

  public Optional<Instant> rotationCompletedAt() {
    return Optional.ofNullable(rotationCompletedAt);
  }

  public Optional<Instant> destroyedAt() {
    return Optional.ofNullable(destroyedAt);
  }

  public boolean destroyed() {
    return destroyedAt != null;
  }
}
