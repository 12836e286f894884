package io.tellerline.banking.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Where a booking came from, as far as the bank knows: a card payment's authorisation (its time in
 * the bank's local time, and the reference the card scheme gave it; an acquirer presenting one
 * authorisation twice repeats the reference), or a SEPA direct debit's mandate reference. Either
 * part may be missing (transfers, old terminals, older bookings): {@link #NONE} knows nothing. The
 * demo bank stores a time and an authorisation reference together; other sources may have only one
 * of them, so each is optional here.
 */
public record BookingOrigin(
    LocalDateTime authorisedAt, String authorisationReference, String mandateReference)
    implements Serializable {

  /** Nothing known about the booking's origin. */
  public static final BookingOrigin NONE = new BookingOrigin(null, null, null);

  public BookingOrigin {
    authorisationReference = blankToNull(authorisationReference);
    mandateReference = blankToNull(mandateReference);
    if (mandateReference != null && (authorisedAt != null || authorisationReference != null)) {
      throw new IllegalArgumentException("a booking is a card payment or a direct debit, not both");
    }
  }

  /** A card payment authorised at {@code at} under {@code reference} (either may be null). */
  public static BookingOrigin card(LocalDateTime at, String reference) {
    return new BookingOrigin(at, reference, null);
  }

  /** A SEPA direct debit collected under the mandate {@code reference}. */
  public static BookingOrigin directDebit(String mandateReference) {
    return new BookingOrigin(null, null, mandateReference);
  }

  public Optional<LocalDateTime> authorisationTime() {
    return Optional.ofNullable(authorisedAt);
  }

  public Optional<String> authorisation() {
    return Optional.ofNullable(authorisationReference);
  }

  public Optional<String> mandate() {
    return Optional.ofNullable(mandateReference);
  }

  /** True when the bank knows nothing about where the booking came from. */
  public boolean isUnknown() {
    return authorisedAt == null && authorisationReference == null && mandateReference == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
