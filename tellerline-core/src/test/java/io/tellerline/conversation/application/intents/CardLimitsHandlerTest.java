package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CardLimit;
import io.tellerline.banking.domain.CardLimitChange;
import io.tellerline.banking.domain.CardLimitType;
import io.tellerline.banking.domain.CardLimits;
import io.tellerline.banking.domain.Money;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.kernel.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardLimitsHandlerTest {

  private final AssistantFixture customer = new AssistantFixture();
  private final CardLimitsHandler handler = new CardLimitsHandler();
  private final List<String> changes = new ArrayList<>();

  CardLimitsHandlerTest() {
    handler.tasks = customer.tasks;
    handler.coreBanking = customer.coreBanking();
    handler.clock = customer.clock;
    handler.cardLimits = new FakeLimits();
  }

  @Test
  void theFirstMessageGoesToTheGateWithWhatItNamed() {
    customer.sayBeforeStepUp(handler, "raise the ATM limit of card 4242 to 800");
    assertEquals(
        Map.of("card_hints", "4242", "limit", "DAILY_WITHDRAWALS", "amount", "800"),
        customer.parkedStart().orElseThrow());
    assertTrue(customer.task().isEmpty(), "no limits are shown before the step-up");
    String asked = customer.resume();
    assertTrue(
        asked.startsWith(
            "Please confirm: set the daily limit for cash withdrawals on your VISA card ending"
                + " 4242 to €800.00."),
        asked);
    assertEquals("confirmation", customer.task().orElseThrow().awaiting());
  }

  @Test
  void asksForTheCardThenShowsItsLimitsAndAsksWhatIsMissing() {
    AssistantReply which = customer.say(handler, "what are my card limits?");
    assertTrue(which.text().contains("VISA 4242, MASTERCARD 8431, VISA 7311"), which.text());
    AssistantReply shown = customer.say(handler, "4242");
    assertTrue(
        shown
            .text()
            .contains(
                "cash withdrawals: €500.00 a day (you can choose from" + " €100.00 to €1,500.00)"),
        shown.text());
    assertEquals("card_limits.shown", shown.templateKey());
    assertTrue(customer.task().isEmpty(), "showing the limits ends the task");
  }

  @Test
  void anAmountAboveTheMaximumIsRefusedWithTheMaximumNamed() {
    customer.say(handler, "set the cash limit of 4242");
    AssistantReply refused = customer.say(handler, "5000");
    assertEquals(
        "The daily limit for cash withdrawals on this card can be at most €1,500.00, so I cannot"
            + " set it to €5,000.00. Please choose an amount up to €1,500.00, or reply \"cancel\".",
        refused.text());
    AssistantReply confirm = customer.say(handler, "1200");
    assertEquals("card_limits.confirm", confirm.templateKey());
    AssistantReply done = customer.say(handler, "yes");
    assertEquals(
        "Done: the daily limit for cash withdrawals on your VISA card ending 4242 is now"
            + " €1,200.00.",
        done.text());
    assertEquals(List.of("4242:DAILY_WITHDRAWALS:1200.00"), changes);
    assertEquals("DAILY_WITHDRAWALS", done.done().get("limit"));
    assertEquals("1200.00", done.done().get("amount"));
    assertEquals(customer.card("4242").cardId().toString(), done.done().get("cardId"));
    assertTrue(customer.task().isEmpty());
  }

  @Test
  void asksWhichLimitWhenOnlyTheAmountIsKnownAndNoCancels() {
    AssistantReply which = customer.say(handler, "raise my card limit to 3000 on 4242");
    assertEquals("card_limits.ask_limit", which.templateKey());
    AssistantReply confirm = customer.say(handler, "payments");
    assertTrue(confirm.text().contains("card payments"), confirm.text());
    assertEquals("Cancelled. Your card limits are unchanged.", customer.say(handler, "no").text());
    assertTrue(changes.isEmpty());
  }

  @Test
  void theActionChecksTheRangeAgain() {
    AssistantReply refused =
        handler.act(
            new io.tellerline.conversation.application.IntentRequest(
                "card_limits",
                customer.customer.id(),
                java.util.Locale.ENGLISH,
                "",
                Map.of("card", "4242", "limit", "DAILY_PAYMENTS", "amount", "9000")));
    assertEquals("card_limits.too_high", refused.templateKey());
    assertTrue(changes.isEmpty());
  }

  @Test
  void aCardTheCustomerDoesNotHoldEndsTheTask() {
    AssistantReply none = customer.say(handler, "limits of card 9999");
    assertEquals("card_limits.none", none.templateKey());
    assertTrue(customer.task().isEmpty());
  }

  /** Visa limits: payments 2,000 (100 to 5,000), withdrawals 500 (100 to 1,500). */
  private final class FakeLimits implements CardLimits {
    @Override
    public List<CardLimit> limitsOf(CustomerId owner, UUID cardId) {
      return List.of(
          new CardLimit(
              CardLimitType.DAILY_PAYMENTS,
              Money.of("2000", "EUR"),
              Money.of("100", "EUR"),
              Money.of("5000", "EUR")),
          new CardLimit(
              CardLimitType.DAILY_WITHDRAWALS,
              Money.of("500", "EUR"),
              Money.of("100", "EUR"),
              Money.of("1500", "EUR")));
    }

    @Override
    public CardLimitChange change(CustomerId owner, UUID cardId, CardLimitType type, Money amount) {
      CardLimit limit =
          limitsOf(owner, cardId).stream().filter(l -> l.type() == type).findFirst().orElseThrow();
      if (!limit.allows(amount)) {
        return CardLimitChange.of(CardLimitChange.Status.OUT_OF_RANGE);
      }
      String last4 =
          customer.cards.stream()
              .filter(c -> c.cardId().equals(cardId))
              .findFirst()
              .orElseThrow()
              .panLast4();
      changes.add(last4 + ":" + type + ":" + amount.amount());
      return CardLimitChange.changed(UUID.randomUUID());
    }
  }
}
