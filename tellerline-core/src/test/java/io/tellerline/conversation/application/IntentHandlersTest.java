package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantFixture.AmountDialogue;
import io.tellerline.conversation.application.AssistantFixture.EchoHandler;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.infrastructure.AuthenticationPolicyFile;
import io.tellerline.nlu.IntentCatalogue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentHandlersTest {

  private final EchoHandler balance = new EchoHandler("account_balance");
  private final AssistantFixture assistant = new AssistantFixture();
  private final AmountDialogue transfer = new AmountDialogue("transfer_money", assistant);
  private final IntentHandlers handlers = assistant.handlers;

  IntentHandlersTest() {
    assistant.serve(balance, transfer);
  }

  @Test
  void anIntentIsServedByTheHandlerThatClaimsIt() {
    assertSame(balance, handlers.serving("account_balance"));
    assertSame(transfer, handlers.serving("transfer_money"));
    assertSame(transfer, handlers.dialogueOf("transfer_money").orElseThrow());
    assertTrue(handlers.dialogueOf("account_balance").isEmpty());
    assertTrue(handlers.dialogueOf("fees").isEmpty());
  }

  @Test
  void whatNoHandlerClaimsGoesToTheFallbackThePolicyChooses() {
    assertSame(handlers.knowledgeBase, handlers.serving("fees"));
    assertSame(handlers.verifiedHandover, handlers.serving("standing_order"));
    assertSame(handlers.verifiedHandover, handlers.serving("an_intent_nobody_knows"));
  }

  @Test
  void twoHandlersForOneIntentStopTheDeployment() {
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () ->
                IntentHandlers.index(
                    List.of(balance, new EchoHandler("card_status", "account_balance"))));
    assertTrue(twice.getMessage().contains("account_balance"), twice.getMessage());
  }

  /**
   * The step-up gate guards exactly the intents the NLU catalogue calls sensitive: the catalogue
   * and the policy file must not disagree (a new intent needs a row in both).
   */
  @Test
  void thePolicyGuardsExactlyTheIntentsTheCatalogueCallsSensitive() {
    AuthenticationPolicy policy = AuthenticationPolicyFile.bundled(action -> Optional.empty());
    List<String> disagreeing =
        IntentCatalogue.bundled().all().values().stream()
            .filter(
                intent ->
                    intent.sensitive() != policy.requirementFor(intent.name()).asksMoreThanSignIn())
            .map(IntentCatalogue.Intent::name)
            .toList();
    assertEquals(List.of(), disagreeing);
  }
}
