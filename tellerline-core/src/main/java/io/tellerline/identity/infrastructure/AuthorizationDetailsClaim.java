package io.tellerline.identity.infrastructure;

import io.tellerline.kernel.AuthorizedPayment;
import java.util.List;
import java.util.Map;

/**
 * Reads the payments of a verified token's RFC 9396 {@code authorization_details} claim (entries of
 * type {@code payment_initiation}, as Tellerline's Keycloak provider releases them after the
 * one-time code that confirmed them). Other types are ignored; a field of the wrong shape reads as
 * empty, so such a payment matches nothing.
 */
final class AuthorizationDetailsClaim {

  static final String CLAIM = "authorization_details";
  static final String PAYMENT = "payment_initiation";

  private AuthorizationDetailsClaim() {}

  static List<AuthorizedPayment> payments(Object claim) {
    if (!(claim instanceof List<?> entries)) {
      return List.of();
    }
    return entries.stream()
        .filter(entry -> entry instanceof Map<?, ?> map && PAYMENT.equals(map.get("type")))
        .map(entry -> payment((Map<?, ?>) entry))
        .toList();
  }

  private static AuthorizedPayment payment(Map<?, ?> entry) {
    Object actions = entry.get("actions");
    String action = actions instanceof List<?> list && list.size() == 1 ? text(list.get(0)) : "";
    Object amount = entry.get("instructedAmount");
    Object account = entry.get("creditorAccount");
    return new AuthorizedPayment(
        text(entry.get("identifier")),
        action,
        field(amount, "amount"),
        field(amount, "currency"),
        text(entry.get("creditorName")),
        field(account, "ibanEnding"),
        text(entry.get("requestedExecutionDate")),
        text(entry.get("frequency")));
  }

  private static String field(Object object, String name) {
    return object instanceof Map<?, ?> map ? text(map.get(name)) : "";
  }

  private static String text(Object value) {
    return value instanceof String text ? text : "";
  }
}
