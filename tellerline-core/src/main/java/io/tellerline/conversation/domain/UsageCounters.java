package io.tellerline.conversation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Counters of what customers use, shared by every application instance (the database), so that a
 * limit holds however many instances serve a customer.
 */
public interface UsageCounters {

  /**
   * Counts one more use of {@code limit} by {@code subject} in its window unless the window's
   * allowance is used up; returns whether it was counted (a refusal counts nothing). The count is
   * kept at once, whatever becomes of the caller's transaction, and holds no lock after the call.
   */
  boolean spendOne(UsageLimit limit, String subject, Instant now);

  /** Takes back one use counted by {@link #spendOne} in the same window (never below zero). */
  void giveBack(UsageLimit limit, String subject, Instant now);

  /**
   * Opens a lease for one more event stream of the customer unless {@code max} are open already
   * (leases past their expiry do not count). Returns whether it was opened.
   */
  boolean openStream(UUID lease, UUID customer, int max, Instant now, Instant expiresAt);

  /** Ends a stream's lease (nothing happens if it is gone already). */
  void closeStream(UUID lease);
}
