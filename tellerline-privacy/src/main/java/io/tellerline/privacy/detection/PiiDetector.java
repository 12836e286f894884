package io.tellerline.privacy.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds personal data in a chat message: IBANs, card numbers, the bank's account numbers, e-mail
 * addresses, phone numbers, US SSNs, UK National Insurance numbers, German tax IDs, dates of birth,
 * and the customer's own name and address from the profile. Returns non-overlapping spans sorted by
 * position. Thread-safe; create one and share it.
 */
public final class PiiDetector {
  private final List<Detector> detectors =
      List.of(
          new IbanDetector(),
          new CardDetector(),
          new SteuerIdDetector(),
          new SsnDetector(),
          new NinoDetector(),
          new AccountNumberDetector(),
          new EmailDetector(),
          new BirthDateDetector(),
          new PhoneDetector());
  // Spelling variants of a profile are computed once; a customer sends many messages.
  private final Map<CustomerProfile, ProfileDetector> profiles = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_PROFILES = 10_000;

  /** Pattern-based detection only, for text with no known customer. */
  public List<PiiSpan> detect(String text) {
    return detect(text, CustomerProfile.NONE);
  }

  public List<PiiSpan> detect(String text, CustomerProfile profile) {
    ScannedText scanned = new ScannedText(text);
    List<PiiSpan> found = new ArrayList<>();
    for (Detector detector : detectors) {
      detector.detect(scanned, found);
    }
    ProfileDetector known = profileDetector(profile == null ? CustomerProfile.NONE : profile);
    if (!known.isEmpty()) {
      known.detect(scanned, found);
    }
    return OverlapResolver.resolve(found);
  }

  private ProfileDetector profileDetector(CustomerProfile profile) {
    if (profiles.size() >= MAX_CACHED_PROFILES) {
      profiles.clear();
    }
    return profiles.computeIfAbsent(profile, ProfileDetector::new);
  }
}
