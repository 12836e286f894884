package io.tellerline.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A payment a customer authorised with a one-time code, as the identity provider put it into the
 * access token (RFC 9396 {@code authorization_details} of type {@code payment_initiation}), or as
 * Tellerline asks for it: the pending action's id ({@code identifier}), the action, amount and
 * currency (empty for a new payee), the payee's name and the last four characters of its IBAN, the
 * execution date (ISO, empty when none), and for a standing order its rhythm ({@code frequency}:
 * WEEKLY, MONTHLY, QUARTERLY or YEARLY; empty for a single payment). Its {@link #fingerprint} is
 * the binding the server keeps with the pending action and writes to the audit trail (PSD2 RTS Art.
 * 5, dynamic linking): any change of amount, payee, date, rhythm or action changes it.
 */
public record AuthorizedPayment(
    String identifier,
    String action,
    String amount,
    String currency,
    String creditorName,
    String creditorAccountEnding,
    String executionDate,
    String frequency) {

  public AuthorizedPayment {
    identifier = Objects.requireNonNullElse(identifier, "");
    action = Objects.requireNonNullElse(action, "");
    amount = Objects.requireNonNullElse(amount, "");
    currency = Objects.requireNonNullElse(currency, "");
    creditorName = Objects.requireNonNullElse(creditorName, "");
    creditorAccountEnding = Objects.requireNonNullElse(creditorAccountEnding, "");
    executionDate = Objects.requireNonNullElse(executionDate, "");
    frequency = Objects.requireNonNullElse(frequency, "");
  }

  /** A single payment (no rhythm). */
  public AuthorizedPayment(
      String identifier,
      String action,
      String amount,
      String currency,
      String creditorName,
      String creditorAccountEnding,
      String executionDate) {
    this(
        identifier,
        action,
        amount,
        currency,
        creditorName,
        creditorAccountEnding,
        executionDate,
        "");
  }

  /**
   * SHA-256 (base64url) over every field, length-prefixed so that no two different payments share
   * one input.
   */
  public String fingerprint() {
    // v2 added the rhythm: a pending action bound under v1 no longer matches and asks again.
    StringBuilder canonical = new StringBuilder("payment_initiation/v2");
    for (String field :
        List.of(
            identifier,
            action,
            amount,
            currency,
            creditorName,
            creditorAccountEnding,
            executionDate,
            frequency)) {
      canonical.append('|').append(field.length()).append(':').append(field);
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
