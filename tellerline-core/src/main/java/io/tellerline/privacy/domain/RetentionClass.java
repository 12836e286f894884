package io.tellerline.privacy.domain;

import java.time.Duration;

/**
 * A kind of data Tellerline deletes when it is older than its retention period (configuration key
 * {@code tellerline.retention.<key>}, an ISO-8601 duration in days such as {@code P1825D}). Audit
 * events are not one of them: they hold only pseudonyms, are append-only and are kept by their own
 * period (a deleted event would break the Merkle tree every signed head commits to).
 */
public enum RetentionClass {
  /**
   * Conversations whose last activity is older than the period, with everything that hangs on them:
   * messages, protected values (the encrypted originals), their reveal records, notes, corrections,
   * pending actions and open tasks.
   */
  CONVERSATIONS("conversations", Duration.ofDays(1825)),
  /**
   * Pending sensitive actions (and their parameters) created before the period, no longer pending.
   */
  PENDING_ACTIONS("pending-actions", Duration.ofDays(90)),
  /** Records of revealed originals (who, when, why); the audit event of each reveal stays. */
  REVEALS("reveals", Duration.ofDays(365)),
  /** Staff notes on conversations. */
  NOTES("notes", Duration.ofDays(1825)),
  /** Intent corrections (masked text with the right intent, for training). */
  CORRECTIONS("corrections", Duration.ofDays(730)),
  /** Rate-limit counters and expired event-stream leases. */
  RATE_LIMITS("rate-limits", Duration.ofDays(2));

  /** The shortest period any class accepts. */
  public static final Duration MIN = Duration.ofDays(1);

  /** The longest period any class accepts (twenty years). */
  public static final Duration MAX = Duration.ofDays(7300);

  private final String key;
  private final Duration fallback;

  RetentionClass(String key, Duration fallback) {
    this.key = key;
    this.fallback = fallback;
  }

  /** The class's name in the configuration and in reports. */
  public String key() {
    return key;
  }

  /** The period when none is configured. */
  public Duration fallback() {
    return fallback;
  }

  /** Its configuration key. */
  public String configKey() {
    return "tellerline.retention." + key;
  }
}
