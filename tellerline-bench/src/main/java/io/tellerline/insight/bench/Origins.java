package io.tellerline.insight.bench;

import io.tellerline.banking.domain.BookingOrigin;
import io.tellerline.banking.domain.Transaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Where a generated booking came from, the way a real account shows it: card payments carry the
 * authorisation's time (the day of booking or the day before, between 7:00 and 22:00) and a
 * six-character reference, except at the merchants whose old terminals send none (about one in ten,
 * fixed per merchant); direct debits carry the creditor's mandate reference (one mandate per
 * creditor); salary, rent and her own transfers carry nothing.
 */
final class Origins {

  private static final Set<String> CARD =
      Set.of("groceries", "shopping", "eating_out", "fuel", "transport", "leisure");
  private static final Set<String> DIRECT_DEBIT = Set.of("subscription", "utilities", "insurance");
  private static final String SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  private static final double OLD_TERMINALS = 0.1;

  private final Random random;
  private final Map<String, Boolean> oldTerminal = new HashMap<>();
  private final Map<String, String> mandates = new HashMap<>();

  Origins(Random random) {
    this.random = random;
  }

  /** The origin of a booking made on {@code day} at {@code counterparty} in {@code category}. */
  BookingOrigin of(LocalDate day, String counterparty, String category) {
    if (DIRECT_DEBIT.contains(category)) {
      return BookingOrigin.directDebit(mandateOf(counterparty));
    }
    if (!CARD.contains(category) || oldTerminalAt(counterparty)) {
      return BookingOrigin.NONE;
    }
    LocalDate authorised = random.nextDouble() < 0.3 ? day.minusDays(1) : day;
    LocalDateTime at = authorised.atTime(7, 0).plusSeconds(random.nextInt(15 * 3600));
    return BookingOrigin.card(at, reference());
  }

  /** True for the categories paid by card (or, at old terminals, without authorisation data). */
  static boolean isCardCategory(String category) {
    return CARD.contains(category);
  }

  /** A second authorisation {@code seconds} after the booking's own (none on an old terminal). */
  BookingOrigin later(Transaction booking, long seconds) {
    LocalDateTime first = booking.origin().authorisedAt();
    return first == null
        ? BookingOrigin.NONE
        : BookingOrigin.card(first.plusSeconds(seconds), reference());
  }

  /** A mandate of its own for a second contract with the same creditor. */
  BookingOrigin secondMandate(String counterparty) {
    return BookingOrigin.directDebit(mandateOf(counterparty) + "-2");
  }

  boolean oldTerminalAt(String counterparty) {
    return oldTerminal.computeIfAbsent(counterparty, c -> random.nextDouble() < OLD_TERMINALS);
  }

  private String mandateOf(String counterparty) {
    return mandates.computeIfAbsent(
        counterparty,
        c ->
            c.substring(0, Math.min(3, c.length())).toUpperCase(java.util.Locale.ROOT)
                + "-"
                + (100000 + random.nextInt(900000)));
  }

  private String reference() {
    StringBuilder reference = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      reference.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
    }
    return reference.toString();
  }
}
