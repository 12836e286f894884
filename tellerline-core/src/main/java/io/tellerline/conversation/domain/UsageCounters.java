package io.tellerline.conversation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Counters of what customers use, shared by every application instance (the database), so that a
 * limit holds however many instances serve a customer.
 */
public interface UsageCounters {

  /** Counts one more use of {@code limit} by {@code subject} in its window; returns the total. */
  int countOne(UsageLimit limit, String subject, Instant now);

  /**
   * Opens a lease for one more event stream of the customer unless {@code max} are open already
   * (leases past their expiry do not count). Returns whether it was opened.
   */
  boolean openStream(UUID lease, UUID customer, int max, Instant now, Instant expiresAt);

  /** Ends a stream's lease (nothing happens if it is gone already). */
  void closeStream(UUID lease);
}
