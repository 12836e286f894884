package io.tellerline.keycloak;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The payment of an RFC 9396 {@code authorization_details} entry of type {@code payment_initiation}
 * as Tellerline's server writes it: the pending action's id ({@code identifier}), optionally the
 * amount ({@code instructedAmount}), the payee ({@code creditorName}, {@code
 * creditorAccount.ibanEnding}: the last four characters only, never the IBAN) and optionally the
 * execution date ({@code requestedExecutionDate}), and for a standing order its rhythm ({@code
 * frequency}). Plain Java, so that the rules are unit-tested without Keycloak.
 */
public record PaymentDetails(
    String identifier,
    String amount,
    String currency,
    String creditorName,
    String accountEnding,
    String executionDate,
    String frequency) {

  public static final String TYPE = "payment_initiation";
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}\\.\\d{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ENDING = Pattern.compile("[A-Z0-9]{4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern IDENTIFIER = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern FREQUENCY = Pattern.compile("WEEKLY|MONTHLY|QUARTERLY|YEARLY");

  /**
   * Reads one entry (its standard {@code identifier} and its other fields as a map); empty when it
   * is not a well-formed payment, with the reason in the exception.
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static PaymentDetails of(String identifier, Map<String, Object> fields) {
    require(identifier != null && IDENTIFIER.matcher(identifier).matches(), "identifier");
    Object name = fields.get("creditorName");
    require(name instanceof String s && !s.isBlank() && s.length() <= 140, "creditorName");
    String ending = text(fields.get("creditorAccount"), "ibanEnding");
    require(ending != null && ENDING.matcher(ending).matches(), "creditorAccount.ibanEnding");
    String amount = null;
    String currency = null;
    if (fields.containsKey("instructedAmount")) {
      amount = text(fields.get("instructedAmount"), "amount");
      currency = text(fields.get("instructedAmount"), "currency");
      require(amount != null && AMOUNT.matcher(amount).matches(), "instructedAmount.amount");
      require(
          currency != null && CURRENCY.matcher(currency).matches(), "instructedAmount.currency");
    }
    Object date = fields.get("requestedExecutionDate");
    require(
        date == null || (date instanceof String d && DATE.matcher(d).matches()),
        "requestedExecutionDate");
    Object frequency = fields.get("frequency");
    require(
        frequency == null || (frequency instanceof String f && FREQUENCY.matcher(f).matches()),
        "frequency");
    return new PaymentDetails(
        identifier,
        amount,
        currency,
        (String) name,
        ending,
        date == null ? null : (String) date,
        frequency == null ? null : (String) frequency);
  }

  /** The one payment among parsed entries ({@code type} plus fields), if exactly one is there. */
  public static Optional<PaymentDetails> single(List<Map<String, Object>> entries) {
    List<Map<String, Object>> payments =
        entries.stream().filter(e -> TYPE.equals(e.get("type"))).toList();
    if (payments.size() != 1) {
      return Optional.empty();
    }
    Map<String, Object> payment = payments.get(0);
    Object identifier = payment.get("identifier");
    return Optional.of(of(identifier instanceof String s ? s : null, payment));
  }

  public boolean hasAmount() {
    return amount != null;
  }

  /** The amount as the customer reads it, e.g. "€250.00" or "250,00 €". */
  public Optional<String> amountText(Locale locale) {
    if (amount == null) {
      return Optional.empty();
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(currency));
    return Optional.of(format.format(new BigDecimal(amount)));
  }

  /** The execution date as the customer reads it, e.g. "6 December 2026". */
  public Optional<String> dateText(Locale locale) {
    return Optional.ofNullable(executionDate)
        .map(
            date ->
                LocalDate.parse(date)
                    .format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
  }

  /**
   * The theme's message key for the rhythm of a standing order ("Repeats every month."); empty for
   * a single payment.
   */
  public Optional<String> frequencyMessageKey() {
    return Optional.ofNullable(frequency).map(f -> "tellerlinePaymentRepeats" + f);
  }

  /**
   * The fingerprint of the requested details exactly as Keycloak received them (SHA-256,
   * base64url): the one-time-code step records it, the token endpoint releases only details with
   * the same fingerprint.
   */
  public static String fingerprint(String requestedDetails) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(requestedDetails.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the details requested now are the ones a one-time code confirmed. */
  public static boolean confirmed(String confirmedFingerprint, String requestedDetails) {
    return confirmedFingerprint != null
        && requestedDetails != null
        && MessageDigest.isEqual(
            confirmedFingerprint.getBytes(StandardCharsets.US_ASCII),
            fingerprint(requestedDetails).getBytes(StandardCharsets.US_ASCII));
  }

  private static String text(Object object, String key) {
    return object instanceof Map<?, ?> map && map.get(key) instanceof String s ? s : null;
  }

  private static void require(boolean condition, String field) {
    if (!condition) {
      throw new IllegalArgumentException(TYPE + ": missing or malformed " + field);
    }
  }
}
