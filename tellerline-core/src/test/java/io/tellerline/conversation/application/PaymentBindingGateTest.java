package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Money;
import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.kernel.AuthorizedPayment;
import io.tellerline.kernel.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * PSD2 RTS Art. 5 (dynamic linking) at the step-up gate: a payment-like action runs only for a
 * token that authorises exactly its payment, once.
 */
class PaymentBindingGateTest {

  /** A transfer of €25.00 to Mia Schmidt (account ending 8603) on 6 December 2026. */
  static final class TransferToMia extends EchoHandler {
    TransferToMia() {
      super("transfer_money");
    }

    @Override
    public Optional<PaymentOrder> paymentOrder(IntentRequest request) {
      return Optional.of(
          new PaymentOrder(
              Optional.of(Money.of(request.parameters().get("amount"), "EUR")),
              "Mia Schmidt",
              "8603",
              Optional.of(LocalDate.parse("2026-12-06"))));
    }
  }

  private final TransferToMia transfers = new TransferToMia();
  private final EchoHandler cards = new EchoHandler("card_block");
  private final AssistantFixture assistant = new AssistantFixture(transfers, cards);
  private final StepUpGate gate = assistant.gate;

  @Test
  void aFreshOneTimeCodeWithoutThePaymentIsNotEnoughAndTheChallengeCarriesTheDetails() {
    Answer answer = pass(assistant.steppedUpCaller(), "25");

    assertEquals(Outcome.STEP_UP_REQUIRED, answer.reply().outcome());
    assertTrue(transfers.requests.isEmpty(), "no money moved on an unbound token");
    StepUpChallenge challenge = answer.challenge().orElseThrow();
    assertEquals("payment_binding_required", challenge.reason());
    String details = challenge.authorizationDetails().orElseThrow();
    assertEquals(
        "[{\"type\":\"payment_initiation\",\"identifier\":\""
            + challenge.pendingActionId()
            + "\",\"actions\":[\"transfer_money\"],"
            + "\"instructedAmount\":{\"currency\":\"EUR\",\"amount\":\"25.00\"},"
            + "\"creditorName\":\"Mia Schmidt\",\"creditorAccount\":{\"ibanEnding\":\"8603\"},"
            + "\"requestedExecutionDate\":\"2026-12-06\"}]",
        details);
  }

  @Test
  void theBoundTokenPerformsThePaymentOnceAndTheAuditRecordsTheBinding() {
    UUID pending = pendingTransfer("25");

    TurnResult done = resume(bound(pending, p -> p), pending);
    assertFalse(done.messages().isEmpty());
    assertEquals(1, transfers.requests.size());
    String audit = assistant.lastAudit("SENSITIVE_ACTION_RESUMED");
    assertTrue(audit.contains("PERFORMED:echo"), audit);
    assertTrue(audit.contains(expected(pending, "25.00").fingerprint()), audit);
    assertFalse(audit.contains("8603"), "the binding, not the account");

    TurnResult again = resume(bound(pending, p -> p), pending);
    assertTrue(again.replayed(), "the same authorisation a second time is a replay");
    assertEquals(1, transfers.requests.size(), "never a second execution");
  }

  @Test
  void anyChangeOfAmountPayeeDateActionOrPendingActionIsRefused() {
    UUID pending = pendingTransfer("25");
    List<UnaryOperator<AuthorizedPayment>> changes =
        List.of(
            p ->
                copy(p, p.identifier(), p.action(), "2500.00", p.creditorName(), p.executionDate()),
            p -> copy(p, p.identifier(), p.action(), p.amount(), "Mallory", p.executionDate()),
            p -> copy(p, p.identifier(), p.action(), p.amount(), p.creditorName(), "2026-12-07"),
            p ->
                copy(
                    p,
                    p.identifier(),
                    "payee_add",
                    p.amount(),
                    p.creditorName(),
                    p.executionDate()),
            p ->
                copy(
                    p,
                    UUID.randomUUID().toString(),
                    p.action(),
                    p.amount(),
                    p.creditorName(),
                    p.executionDate()));
    for (UnaryOperator<AuthorizedPayment> change : changes) {
      TurnResult refused = resume(bound(pending, change), pending);
      assertTrue(refused.messages().isEmpty());
      assertEquals("payment_mismatch", refused.stepUp().orElseThrow().reason(), change.toString());
      assertTrue(refused.stepUp().orElseThrow().authorizationDetails().isPresent());
    }
    assertTrue(transfers.requests.isEmpty());
    assertTrue(assistant.lastAudit("SENSITIVE_ACTION_RESUMED").contains("PAYMENT_MISMATCH"));
  }

  @Test
  void aTokenForOnePaymentIsRefusedForAnotherAndAnUnboundOneForAny() {
    UUID first = pendingTransfer("25");
    UUID second = pendingTransfer("2500");

    TurnResult other = resume(bound(first, p -> p), second);
    assertEquals("payment_mismatch", other.stepUp().orElseThrow().reason());
    TurnResult unbound = resume(assistant.steppedUpCaller(), second);
    assertEquals("payment_no_payment_in_token", unbound.stepUp().orElseThrow().reason());
    assertTrue(transfers.requests.isEmpty());
  }

  @Test
  void nonPaymentActionsKeepTheLevelAndAgePolicy() {
    Answer answer =
        gate.pass(
            assistant.steppedUpCaller(),
            "card_block",
            Map.of("card", "4242"),
            assistant.conversation,
            assistant.customer);
    assertTrue(answer.challenge().isEmpty());
    assertEquals(1, cards.requests.size());
  }

  private Answer pass(Caller caller, String amount) {
    return gate.pass(
        caller,
        "transfer_money",
        Map.of("amount", amount),
        assistant.conversation,
        assistant.customer);
  }

  private UUID pendingTransfer(String amount) {
    return pass(AssistantFixture.passwordCaller(), amount)
        .challenge()
        .orElseThrow()
        .pendingActionId();
  }

  private TurnResult resume(Caller caller, UUID pending) {
    return gate.resume(caller, assistant.customer, assistant.conversation, pending);
  }

  private AuthorizedPayment expected(UUID pending, String amount) {
    return new AuthorizedPayment(
        pending.toString(), "transfer_money", amount, "EUR", "Mia Schmidt", "8603", "2026-12-06");
  }

  /** A fresh mfa token authorising the pending €25.00 transfer, changed by {@code change}. */
  private Caller bound(UUID pending, UnaryOperator<AuthorizedPayment> change) {
    Caller mfa = assistant.steppedUpCaller();
    return new Caller(
        mfa.subject(),
        mfa.username(),
        Set.copyOf(mfa.roles()),
        mfa.authenticationLevel(),
        mfa.authenticationMethods(),
        mfa.authenticatedAt(),
        List.of(change.apply(expected(pending, "25.00"))));
  }

  private static AuthorizedPayment copy(
      AuthorizedPayment p,
      String identifier,
      String action,
      String amount,
      String payee,
      String date) {
    return new AuthorizedPayment(
        identifier, action, amount, p.currency(), payee, p.creditorAccountEnding(), date);
  }
}
