package io.tellerline.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's time-limited permission to see one original value, with the reason they gave.
 * The value is shown only while the grant is live; a later look needs a new grant (and reason).
 */
@Entity
@Table(name = "pii_reveal")
public class RevealGrant {

  @Id private UUID id;

  @Column(name = "protected_value_id", nullable = false)
  private UUID protectedValueId;

  @Column(name = "staff_subject", nullable = false, length = 64)
  private String staffSubject;

  @Column(name = "staff_name", nullable = false, length = 100)
  private String staffName;

  @Column(nullable = false, length = StaffReason.MAX_LENGTH)
  private String reason;

  @Column(name = "revealed_at", nullable = false)
  private Instant revealedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected RevealGrant() {}

  /**
   * @param reason already checked ({@link StaffReason}) and free of personal data (tokenized)
   * @throws IllegalArgumentException if the lifetime is not positive
   */
  public RevealGrant(
      UUID protectedValueId,
      String staffSubject,
      String staffName,
      String reason,
      Instant now,
      Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a reveal must last a positive time");
    }
    this.id = UUID.randomUUID();
    this.protectedValueId = protectedValueId;
    this.staffSubject = staffSubject;
    this.staffName = staffName;
    this.reason = reason;
    this.revealedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public UUID id() {
    return id;
  }

  public UUID protectedValueId() {
    return protectedValueId;
  }

  public String staffSubject() {
    return staffSubject;
  }

  public String reason() {
    return reason;
  }

  public Instant revealedAt() {
    return revealedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
