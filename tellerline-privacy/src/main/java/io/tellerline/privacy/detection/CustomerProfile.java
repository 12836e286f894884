package io.tellerline.privacy.detection;

/**
 * What the bank already knows about the customer who is typing: the detector looks for exactly
 * these values, since a general name recogniser would be far less precise in a short chat message.
 * Any field may be null or blank when unknown.
 *
 * @param street street and house number as on file, e.g. "Hauptstraße 12" or "221B Baker Street"
 */
public record CustomerProfile(String fullName, String street, String postcode, String city) {

  /** No profile: only the pattern-based detectors run. */
  public static final CustomerProfile NONE = new CustomerProfile(null, null, null, null);
}
