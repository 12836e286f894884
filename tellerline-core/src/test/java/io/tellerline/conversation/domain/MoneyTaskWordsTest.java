package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Rhythm;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words of standing orders and direct debits: kind, rhythm, amount, choice, creditor. */
class MoneyTaskWordsTest {

  @Test
  void readsWhatTheCustomerWantsDone() {
    assertEquals(Optional.of(RequestKind.CANCEL), RequestKind.of("cancel my standing order"));
    assertEquals(Optional.of(RequestKind.CANCEL), RequestKind.of("Dauerauftrag löschen"));
    assertEquals(
        Optional.of(RequestKind.CANCEL), RequestKind.of("lastschrift vom fitnessstudio kündigen"));
    assertEquals(Optional.of(RequestKind.CANCEL), RequestKind.of("stop a direct debit"));
    assertEquals(Optional.of(RequestKind.CREATE), RequestKind.of("Dauerauftrag einrichten"));
    assertEquals(Optional.of(RequestKind.CREATE), RequestKind.of("create a standing order"));
    assertEquals(
        Optional.of(RequestKind.CREATE), RequestKind.of("show me how to set up a standing order"));
    assertEquals(Optional.of(RequestKind.LIST), RequestKind.of("show my standing orders"));
    assertEquals(Optional.of(RequestKind.LIST), RequestKind.of("Welche Daueraufträge habe ich?"));
    assertEquals(Optional.of(RequestKind.LIST), RequestKind.of("Lastschriften anzeigen"));
    assertEquals(Optional.empty(), RequestKind.of("standing orders"));
  }

  @Test
  void readsTheRhythm() {
    assertEquals(Optional.of(Rhythm.MONTHLY), RhythmWords.of("every month"));
    assertEquals(Optional.of(Rhythm.MONTHLY), RhythmWords.of("monatlich bitte"));
    assertEquals(Optional.of(Rhythm.MONTHLY), RhythmWords.of("jeden Monat"));
    assertEquals(Optional.of(Rhythm.MONTHLY), RhythmWords.of("pay Mia 50 on the 1st"));
    assertEquals(Optional.empty(), RhythmWords.named("pay Mia 50 on the 1st"));
    assertEquals(Optional.of(Rhythm.QUARTERLY), RhythmWords.of("every 3 months"));
    assertEquals(Optional.of(Rhythm.QUARTERLY), RhythmWords.of("vierteljährlich"));
    assertEquals(Optional.of(Rhythm.YEARLY), RhythmWords.of("once a year"));
    assertEquals(Optional.of(Rhythm.YEARLY), RhythmWords.of("jährlich"));
    assertEquals(Optional.of(Rhythm.WEEKLY), RhythmWords.of("every Friday"));
    assertEquals(Optional.of(Rhythm.WEEKLY), RhythmWords.of("wöchentlich"));
    assertEquals(Optional.empty(), RhythmWords.of("halbjährlich"));
    assertEquals(Optional.empty(), RhythmWords.of("every two weeks"));
  }

  @Test
  void readsTheAmountOfAStandingOrder() {
    assertEquals(
        Optional.of(new BigDecimal("300")),
        StandingOrderSlots.amount("set up a monthly payment of 300 to my landlord", false));
    assertEquals(
        Optional.of(new BigDecimal("50")),
        StandingOrderSlots.amount("Dauerauftrag über 50 Euro an Lena", false));
    assertEquals(Optional.of(new BigDecimal("12.50")), StandingOrderSlots.amount("12,50", true));
    assertEquals(Optional.empty(), StandingOrderSlots.amount("for 12 months", false));
    assertEquals(Optional.empty(), StandingOrderSlots.amount("on the 1st of each month", false));
    assertEquals(Optional.empty(), StandingOrderSlots.amount("12,50", false));
  }

  @Test
  void readsWhichItemOfAListIsMeant() {
    assertEquals(Optional.of(2), ListChoice.position("cancel the second one", 3, false));
    assertEquals(Optional.of(2), ListChoice.position("den zweiten bitte", 3, false));
    assertEquals(Optional.of(3), ListChoice.position("the last one", 3, false));
    assertEquals(Optional.of(1), ListChoice.position("number 1", 3, false));
    assertEquals(Optional.of(2), ListChoice.position("Nr. 2", 3, false));
    assertEquals(Optional.of(2), ListChoice.position("2.", 3, true));
    assertEquals(Optional.empty(), ListChoice.position("2", 3, false));
    assertEquals(Optional.empty(), ListChoice.position("4", 3, true));
    assertEquals(Optional.empty(), ListChoice.position("the one on the 1st", 3, false));
    assertEquals(Optional.empty(), ListChoice.position("am ersten", 3, false));
  }

  @Test
  void findsACreditorByNameOrByKind() {
    assertTrue(CreditorWords.fits("cancel my direct debit to the gym", "PureGym Köln", "fitness"));
    assertTrue(CreditorWords.fits("vom Fitnessstudio", "FitX Fitnessstudio", "fitness"));
    assertTrue(CreditorWords.fits("stop netflix", "Netflix", "streaming"));
    assertTrue(CreditorWords.fits("meine Versicherung", "HUK-Coburg Versicherung", "insurance"));
    assertFalse(CreditorWords.fits("cancel my direct debit to the gym", "Netflix", "streaming"));
    assertTrue(CreditorWords.mentions("the one to Mia", "Mia Schmidt"));
    assertFalse(CreditorWords.mentions("the one to the bank", "The Bank Group"));
  }
}
