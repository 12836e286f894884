package io.tellerline.privacy.domain;

import io.tellerline.platform.domain.GrantPeriod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded
  @AttributeOverride(name = "startsAt", column = @Column(name = "revealed_at", nullable = false))
  private GrantPeriod period;

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
    this.id = UUID.randomUUID();
    this.protectedValueId = protectedValueId;
    this.staffSubject = staffSubject;
    this.staffName = staffName;
    this.reason = reason;
    this.period = GrantPeriod.starting(now, lifetime);
  }

  public boolean liveAt(Instant now) {
    return period.liveAt(now);
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
    return period.startsAt();
  }

  public Instant expiresAt() {
    return period.expiresAt();
  }
}
