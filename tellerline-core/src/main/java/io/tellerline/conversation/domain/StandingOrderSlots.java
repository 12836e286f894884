package io.tellerline.conversation.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amount of a standing order in a customer's (masked) message: what a transfer reads ({@link
 * TransferSlots#amount}), and also "a payment of 300", "for 50", "über 50", "in Höhe von 80" — but
 * not "for 12 months" or "on the 1st".
 */
public final class StandingOrderSlots {

  private static final Pattern AMOUNT_AFTER_PREPOSITION =
      Pattern.compile(
          "\\b(?:of|for|über|ueber|von|mit|at)\\s+(\\d{1,6}(?:[.,]\\d{1,2})?)(?![\\d.,]*\\d)"
              + "(?!\\s*(?:st|nd|rd|th|x|times|mal|weeks?|months?|years?|days?|wochen|monate\\w*"
              + "|jahre\\w*|tage\\w*)\\b)(?!\\.)",
          Pattern.UNICODE_CHARACTER_CLASS);

  private StandingOrderSlots() {}

  public static Optional<BigDecimal> amount(String text, boolean bareNumberAllowed) {
    Optional<BigDecimal> asTransfer = TransferSlots.amount(text, bareNumberAllowed);
    if (asTransfer.isPresent()) {
      return asTransfer;
    }
    Matcher m = AMOUNT_AFTER_PREPOSITION.matcher(text.toLowerCase(Locale.ROOT));
    return m.find() ? Optional.of(new BigDecimal(m.group(1).replace(',', '.'))) : Optional.empty();
  }
}
