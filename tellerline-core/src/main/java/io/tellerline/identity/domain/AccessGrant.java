package io.tellerline.identity.domain;

import io.tellerline.platform.domain.GrantPeriod;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of staff wrote down why she needs something beyond her need-to-know: for a while she may
 * open it without asking again (the reason is in the audit log once, not on every refresh).
 */
@Entity
@Table(name = "staff_access_grant")
public class AccessGrant {

  /** How long a written reason opens the thing it was given for. */
  public static final Duration LASTS = Duration.ofMinutes(30);

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String staff;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private StaffResource resource;

  @Column(nullable = false, length = 80)
  private String target;

  @Column(nullable = false, length = AccessReason.MAX_LENGTH)
  private String reason;

  @Embedded
  @AttributeOverride(name = "startsAt", column = @Column(name = "granted_at", nullable = false))
  private GrantPeriod period;

  protected AccessGrant() {}

  public AccessGrant(
      String staff, StaffResource resource, String target, String reason, Instant now) {
    this.id = UUID.randomUUID();
    this.staff = staff;
    this.resource = resource;
    this.target = target;
    this.reason = reason;
    this.period = GrantPeriod.starting(now, LASTS);
  }

  public Instant expiresAt() {
    return period.expiresAt();
  }

  /** "staff resource target", without the reason (for logs and tests). */
  @Override
  public String toString() {
    return staff + " " + resource + " " + target;
  }
}
