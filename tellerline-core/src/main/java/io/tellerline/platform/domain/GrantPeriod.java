package io.tellerline.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a permission given to a member of staff starts and until when it lasts: live from its start
 * up to, not including, its end. One rule for every grant (a written access reason, a reveal of one
 * original value), so none of them lasts a moment longer than another by an off-by-one.
 */
@Embeddable
public class GrantPeriod {

  /** The start; each grant names its column (granted_at, revealed_at). */
  private Instant startsAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected GrantPeriod() {}

  private GrantPeriod(Instant startsAt, Instant expiresAt) {
    this.startsAt = startsAt;
    this.expiresAt = expiresAt;
  }

  /**
   * @throws IllegalArgumentException if the lifetime is not positive
   */
  public static GrantPeriod starting(Instant now, Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a grant must last a positive time");
    }
    return new GrantPeriod(now, now.plus(lifetime));
  }

  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
