package io.tellerline.conversation.application;

import io.tellerline.banking.domain.Money;
import io.tellerline.banking.domain.Rhythm;
import io.tellerline.conversation.domain.PendingAction;
import io.tellerline.kernel.AuthorizedPayment;
import io.tellerline.kernel.Caller;
import io.tellerline.platform.JsonBuilders;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Transaction-bound step-up (PSD2 RTS Art. 5, dynamic linking). A payment-like pending action asks
 * for an authentication specific to its payment: the server computes the payment ({@link
 * PaymentOrder}: amount, payee name, last four characters of the IBAN, date, rhythm) and the
 * pending action's id, keeps its fingerprint with the action, and hands the exact RFC 9396 {@code
 * authorization_details} to the client, which pushes them to Keycloak (PAR); Keycloak shows them on
 * the one-time-code page and puts the confirmed details into the token. The action runs only for a
 * token whose one payment has exactly the kept fingerprint — any change of amount, payee, date or
 * pending action (another payment) fails; the pending action runs once, so a second use replays.
 */
final class PaymentBinding {

  static final String TYPE = "payment_initiation";

  private PaymentBinding() {}

  /** The payment a pending action's step-up must authorise. */
  static AuthorizedPayment payment(PendingAction pending, PaymentOrder order) {
    return new AuthorizedPayment(
        pending.id().toString(),
        pending.intent(),
        order.amount().map(m -> m.amount().toPlainString()).orElse(""),
        order.amount().map(m -> m.currency().getCurrencyCode()).orElse(""),
        order.payeeName(),
        order.payeeIbanLast4(),
        order.executionDate().map(Object::toString).orElse(""),
        order.rhythm().map(Rhythm::name).orElse(""));
  }

  /** The {@code authorization_details} (a JSON array with one entry) for the client to push. */
  static String authorizationDetails(PendingAction pending, PaymentOrder order) {
    JsonObjectBuilder detail =
        JsonBuilders.object()
            .add("type", TYPE)
            .add("identifier", pending.id().toString())
            .add("actions", JsonBuilders.array().add(pending.intent()));
    order
        .amount()
        .ifPresent(
            (Money m) ->
                detail.add(
                    "instructedAmount",
                    JsonBuilders.object()
                        .add("currency", m.currency().getCurrencyCode())
                        .add("amount", m.amount().toPlainString())));
    detail
        .add("creditorName", order.payeeName())
        .add("creditorAccount", JsonBuilders.object().add("ibanEnding", order.payeeIbanLast4()));
    order.executionDate().ifPresent(d -> detail.add("requestedExecutionDate", d.toString()));
    order.rhythm().ifPresent(rhythm -> detail.add("frequency", rhythm.name()));
    return JsonBuilders.array().add(detail).build().toString();
  }

  /** Whether the caller's token authorises exactly the payment the pending action is bound to. */
  static Verdict check(Caller caller, PendingAction pending) {
    Optional<String> binding = pending.paymentBinding();
    if (binding.isEmpty()) {
      return Verdict.NOT_BOUND;
    }
    List<AuthorizedPayment> payments = caller.authorizedPayments();
    if (payments.isEmpty()) {
      return Verdict.NO_PAYMENT_IN_TOKEN;
    }
    if (payments.size() == 1 && payments.get(0).fingerprint().equals(binding.get())) {
      return Verdict.MATCH;
    }
    return Verdict.MISMATCH;
  }

  enum Verdict {
    /** Not a payment-like action: the level-and-age policy alone decides. */
    NOT_BOUND,
    /** The token authorises exactly this payment. */
    MATCH,
    /** The token authorises no payment (an ordinary step-up). */
    NO_PAYMENT_IN_TOKEN,
    /** The token authorises another payment (amount, payee, date or pending action differ). */
    MISMATCH;

    boolean allows() {
      return this == NOT_BOUND || this == MATCH;
    }
  }
}
