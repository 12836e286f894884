package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a customer's consent: to which purpose, given or withdrawn, under which version of
 * the privacy notice, when. Never changed once recorded; the latest one per purpose is the current
 * state.
 */
public record ConsentRecord(
    CustomerId customer,
    ConsentPurpose purpose,
    boolean granted,
    String textVersion,
    Instant recordedAt) {

  public ConsentRecord {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(textVersion, "textVersion");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
