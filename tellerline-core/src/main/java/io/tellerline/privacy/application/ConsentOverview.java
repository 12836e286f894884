package io.tellerline.privacy.application;

import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the customer has consented to: the current privacy notice's version (the one a change must
 * name), each purpose's current state (off until she turned it on) and every change, oldest first.
 */
public record ConsentOverview(
    String noticeVersion, List<PurposeState> purposes, List<Change> history) {

  /** A purpose's current state; {@code textVersion} and {@code changedAt} null if never changed. */
  public record PurposeState(
      String purpose, boolean granted, String textVersion, Instant changedAt) {}

  /** One change of the history. */
  public record Change(String purpose, boolean granted, String textVersion, Instant at) {}

  static ConsentOverview of(String noticeVersion, List<ConsentRecord> history) {
    List<PurposeState> purposes = new ArrayList<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      ConsentRecord latest = null;
      for (ConsentRecord change : history) {
        if (change.purpose() == purpose) {
          latest = change;
        }
      }
      purposes.add(
          latest == null
              ? new PurposeState(purpose.slug(), false, null, null)
              : new PurposeState(
                  purpose.slug(), latest.granted(), latest.textVersion(), latest.recordedAt()));
    }
    return new ConsentOverview(
        noticeVersion,
        List.copyOf(purposes),
        history.stream()
            .map(c -> new Change(c.purpose().slug(), c.granted(), c.textVersion(), c.recordedAt()))
            .toList());
  }
}
