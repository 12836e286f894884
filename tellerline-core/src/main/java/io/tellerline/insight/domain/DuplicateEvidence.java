package io.tellerline.insight.domain;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Transaction;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * What two charges of the same amount at the same merchant say, by their origins, about being one
 * payment charged twice. In this order:
 *
 * <ol>
 *   <li>both authorised under the same card authorisation reference: the acquirer presented one
 *       authorisation twice ({@link #SAME_AUTHORISATION}, however far apart they were booked);
 *   <li>both with an authorisation time: within {@link #RETRY} of each other it is a double click
 *       or a terminal's retry ({@link #RETRIED}: two authorisations, one purchase), further apart
 *       two purchases ({@link #TWO_PAYMENTS});
 *   <li>both with an authorisation reference but no times: two authorisations, two purchases;
 *   <li>both direct debits: the same mandate less than {@link #PERIOD_DAYS} days apart is the
 *       creditor collecting twice for one period ({@link #SAME_MANDATE_PERIOD}); another mandate or
 *       further apart is not;
 *   <li>otherwise ({@link #NOTHING}) their origins cannot tell, and the dates must decide.
 * </ol>
 *
 * <p>{@link #RETRY} is 10 minutes: a card terminal or web checkout that times out is retried within
 * seconds to a minute or two, a customer who saw an error tries again within a few minutes; a
 * second genuine purchase of the same amount (at least 10) at the same merchant within 10 minutes
 * is rare, while two purchases an hour or more apart are common (two tickets, a second round).
 * {@link #PERIOD_DAYS} is 20: a monthly mandate's collections are 28 to 31 days apart (a weekend
 * moves one by at most three days), so two within 20 days belong to one period.
 */
enum DuplicateEvidence {
  SAME_AUTHORISATION,
  RETRIED,
  SAME_MANDATE_PERIOD,
  TWO_PAYMENTS,
  NOTHING;

  static final Duration RETRY = Duration.ofMinutes(10);
  static final int PERIOD_DAYS = 20;

  /** True when the evidence says the two are one payment charged twice. */
  boolean onePayment() {
    return this == SAME_AUTHORISATION || this == RETRIED || this == SAME_MANDATE_PERIOD;
  }

  static DuplicateEvidence of(Transaction first, Transaction second) {
    BookingOrigin a = first.origin();
    BookingOrigin b = second.origin();
    String refA = a.authorisationReference();
    String refB = b.authorisationReference();
    if (refA != null && refA.equalsIgnoreCase(refB)) {
      return SAME_AUTHORISATION;
    }
    if (a.authorisedAt() != null && b.authorisedAt() != null) {
      Duration apart = Duration.between(a.authorisedAt(), b.authorisedAt()).abs();
      return apart.compareTo(RETRY) <= 0 ? RETRIED : TWO_PAYMENTS;
    }
    if (refA != null && refB != null) {
      return TWO_PAYMENTS;
    }
    if (a.mandateReference() != null && b.mandateReference() != null) {
      boolean sameMandate = mandateKey(a).equals(mandateKey(b));
      long days = Math.abs(ChronoUnit.DAYS.between(first.bookedOn(), second.bookedOn()));
      return sameMandate && days < PERIOD_DAYS ? SAME_MANDATE_PERIOD : TWO_PAYMENTS;
    }
    return NOTHING;
  }

  private static String mandateKey(BookingOrigin origin) {
    return origin.mandateReference().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }
}
