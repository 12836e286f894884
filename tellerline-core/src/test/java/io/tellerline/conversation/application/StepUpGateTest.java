package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.PendingActionStatus;
import io.tellerline.kernel.CustomerId;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StepUpGateTest {

  private final EchoHandler details = new EchoHandler("account_details");
  private final AssistantFixture assistant = new AssistantFixture(details);
  private final StepUpGate gate = assistant.gate;

  @Test
  void guardsWhatThePolicyFileAsksMoreThanASignInFor() {
    assertFalse(gate.guards("account_balance"));
    assertTrue(gate.guards("account_details"));
    assertTrue(gate.guards("transfer_money"));
    assertTrue(gate.guards("an_intent_the_policy_does_not_list"));
  }

  @Test
  void aRecentlySteppedUpCustomerIsServedAtOnce() {
    Answer answer =
        gate.pass(
            assistant.steppedUpCaller(),
            "account_details",
            Map.of("card", "4242"),
            assistant.conversation,
            assistant.customer);

    assertEquals("echo:account_details", answer.reply().templateKey());
    assertEquals(Map.of("card", "4242"), details.requests.get(0).parameters());
    assertEquals("", details.requests.get(0).maskedText(), "an action sees no message");
    assertTrue(answer.challenge().isEmpty());
    assertTrue(answer.gatedBy().orElseThrow().allowed());
    assertTrue(assistant.pending.isEmpty());
  }

  @Test
  void anActionWaitsForStepUpAndRunsExactlyOnceAfterIt() {
    Answer answer =
        gate.pass(
            AssistantFixture.passwordCaller(),
            "account_details",
            Map.of("card", "4242"),
            assistant.conversation,
            assistant.customer);

    assertEquals(Outcome.STEP_UP_REQUIRED, answer.reply().outcome());
    assertTrue(details.requests.isEmpty(), "nothing was done before the step-up");
    StepUpChallenge challenge = answer.challenge().orElseThrow();
    assertEquals("mfa", challenge.acrValues());
    assertEquals(Optional.of(900L), challenge.maxAgeSeconds());
    assertEquals("account_details", challenge.intent());
    assertFalse(answer.gatedBy().orElseThrow().allowed());

    assistant.clock.advance(Duration.ofMinutes(1));
    TurnResult done = resume(challenge.pendingActionId());
    assertEquals(1, details.requests.size());
    assertEquals(Map.of("card", "4242"), details.requests.get(0).parameters());
    assertFalse(done.replayed());
    assertTrue(done.messages().get(0).body().startsWith("account_details"));
    assertTrue(assistant.lastAudit("SENSITIVE_ACTION_RESUMED").contains("PERFORMED:echo"));

    TurnResult again = resume(challenge.pendingActionId());
    assertEquals(1, details.requests.size(), "a repeated resume does not act again");
    assertTrue(again.replayed());
    assertEquals(done.messages().get(0).id(), again.messages().get(0).id());
    assertTrue(assistant.lastAudit("SENSITIVE_ACTION_RESUMED").contains("REPLAYED"));
  }

  @Test
  void aTokenStillTooWeakIsChallengedAgain() {
    UUID pending = awaitingStepUp();

    TurnResult refused =
        gate.resume(
            AssistantFixture.passwordCaller(), assistant.customer, assistant.conversation, pending);

    assertTrue(refused.messages().isEmpty());
    assertEquals(pending, refused.stepUp().orElseThrow().pendingActionId());
    assertTrue(details.requests.isEmpty());
  }

  @Test
  void aPendingActionExpires() {
    UUID pending = awaitingStepUp();
    assistant.clock.advance(Duration.ofMinutes(11));

    TurnResult expired = resume(pending);

    assertTrue(expired.messages().get(0).body().contains("expired"));
    assertTrue(details.requests.isEmpty());
    assertEquals(PendingActionStatus.EXPIRED, assistant.pending.get(pending).status());
  }

  @Test
  void anotherCustomersPendingActionIsNotFound() {
    UUID pending = awaitingStepUp();
    CustomerProfile mallory =
        new CustomerProfile(new CustomerId(UUID.randomUUID()), Locale.ENGLISH);

    assertThrows(
        PendingActionNotFoundException.class,
        () -> gate.resume(assistant.steppedUpCaller(), mallory, assistant.conversation, pending));
    assertTrue(details.requests.isEmpty());
  }

  private UUID awaitingStepUp() {
    return gate.pass(
            AssistantFixture.passwordCaller(),
            "account_details",
            Map.of(),
            assistant.conversation,
            assistant.customer)
        .challenge()
        .orElseThrow()
        .pendingActionId();
  }

  private TurnResult resume(UUID pending) {
    return gate.resume(
        assistant.steppedUpCaller(), assistant.customer, assistant.conversation, pending);
  }
}
