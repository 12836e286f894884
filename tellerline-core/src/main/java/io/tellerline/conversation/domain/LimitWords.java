package io.tellerline.conversation.domain;

import io.tellerline.banking.domain.CardLimitType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a customer's (masked) message says about a card limit, in English or German: which daily
 * limit ("cash", "ATM", "Bargeld", "Abhebung" or "payments", "shopping", "Kartenzahlung") and the
 * new amount ("to 800", "1.000 €", "£1,500"). A four-digit number that is one of the customer's
 * cards' last four names the card, not an amount.
 */
public final class LimitWords {

  private static final Pattern WITHDRAWALS =
      Pattern.compile(
          "\\b(?:atms?|cash|withdraw\\w*|geldautomat\\w*|automat\\w*|bargeld\\w*|abheb\\w*"
              + "|abhebung\\w*|auszahl\\w*)",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PAYMENTS =
      Pattern.compile(
          "\\b(?:pay\\w*|spend\\w*|purchas\\w*|shop\\w*|online|contactless|zahlung\\w*"
              + "|kartenzahlung\\w*|bezahl\\w*|einkauf\\w*|einkäuf\\w*|ausgabe\\w*|verfügungsrahmen)",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** 1,500 / 1.500 / 1500 / 1500,50 / 1,500.50: thousands grouped, or not, two decimals at most. */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?)(?![\\d])");

  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:€|£|eur|gbp)\\s*$");
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("^\\s*(?:€|£|eur\\b|euros?\\b|gbp\\b|pounds?\\b)");

  private LimitWords() {}

  /** The limit the text names, if it names exactly one kind. */
  public static Optional<CardLimitType> type(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean withdrawals = WITHDRAWALS.matcher(lower).find();
    boolean payments = PAYMENTS.matcher(lower).find();
    if (withdrawals == payments) {
      return Optional.empty();
    }
    return Optional.of(
        withdrawals ? CardLimitType.DAILY_WITHDRAWALS : CardLimitType.DAILY_PAYMENTS);
  }

  /**
   * The amount the text names, if exactly one number is left once the customer's card endings are
   * set aside (a number with a currency sign is always an amount).
   */
  public static Optional<BigDecimal> amount(String text, Set<String> cardEndings) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> amounts = new ArrayList<>();
    Matcher number = NUMBER.matcher(lower);
    while (number.find()) {
      String before = lower.substring(Math.max(0, number.start() - 6), number.start());
      String after = lower.substring(number.end(), Math.min(lower.length(), number.end() + 8));
      boolean withCurrency =
          CURRENCY_BEFORE.matcher(before).find() || CURRENCY_AFTER.matcher(after).find();
      if (withCurrency || !cardEndings.contains(number.group(1))) {
        amounts.add(number.group(1));
      }
    }
    return amounts.size() == 1 ? Optional.of(parse(amounts.get(0))) : Optional.empty();
  }

  /** "1.500" and "1,500" are fifteen hundred; "1500,5" and "1500.50" have decimals. */
  static BigDecimal parse(String number) {
    if (number.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
      return new BigDecimal(number.replaceAll("[.,]", ""));
    }
    if (number.matches("\\d{1,3}(?:[.,]\\d{3})+[.,]\\d{1,2}")) {
      int last = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
      return new BigDecimal(
          number.substring(0, last).replaceAll("[.,]", "") + "." + number.substring(last + 1));
    }
    return new BigDecimal(number.replace(',', '.'));
  }
}
