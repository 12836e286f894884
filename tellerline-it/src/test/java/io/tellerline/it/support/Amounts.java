package io.tellerline.it.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats amounts the way the assistant shows them to an English-speaking customer. */
public final class Amounts {

  private Amounts() {}

  public static String euros(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(amount);
  }
}
