package io.tellerline.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.cardsecrets.CardSecretKind;
import io.tellerline.privacy.detection.PiiType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardSecretGuardTest {

  private static final Set<String> CARDS = Set.of("4242");

  @Test
  void fourToSixDigitNumbersAreRemovedNotKept() {
    assertEquals("my pin is [PIN]", screened("my pin is 1234"));
    assertEquals("PIN [PIN] or [PIN]", screened("PIN 123456 or 98765"));
    assertEquals("Geheimzahl: [PIN]", screened("Geheimzahl: 0815"));
  }

  @Test
  void theScreenSaysWhichKindsItRemovedAndNothingElse() {
    CardSecretGuard.Screened screened =
        CardSecretGuard.screen(
            ProtectedText.unchanged("card 4111 1111 1111 1111 exp 09/28 cvc 321"),
            () -> CARDS,
            false);

    assertEquals(Set.of(CardSecretKind.EXPIRY, CardSecretKind.CVC), screened.removed());
    ProtectedText plain = ProtectedText.unchanged("what is my balance?");
    CardSecretGuard.Screened untouched = CardSecretGuard.screen(plain, () -> CARDS, false);
    assertTrue(untouched.removed().isEmpty());
    assertSame(plain, untouched.text());
  }

  @Test
  void shorterAndLongerNumbersAreNoPins() {
    assertEquals("pin 123 and 1234567", screened("pin 123 and 1234567"));
  }

  @Test
  void theLastFourOfAnOwnCardNameTheCardUnlessWrittenAsThePin() {
    assertEquals("PIN letter for card 4242", screened("PIN letter for card 4242"));
    assertEquals("my PIN is [PIN]", screened("my PIN is 4242"));
    assertEquals("PIN for card 4242: [PIN]", screened("PIN for card 4242: 9876"));
  }

  @Test
  void tokensAreLeftAloneAndMarksMoveWithTheText() {
    String text = "pin 12345 card 5839 2910 7766 1111 pin 6789";
    int start = text.indexOf("5839");
    int end = start + "5839 2910 7766 1111".length();
    ProtectedText message =
        new ProtectedText(
            text,
            new PiiMarks(List.of(new PiiMark(PiiType.CARD, start, end))),
            List.of(new ProtectedText.Original(PiiType.CARD, "5839 2910 7766 1111", "secret")));

    ProtectedText screened = CardSecretGuard.withoutSecrets(message, () -> CARDS, false);

    assertEquals("pin [PIN] card 5839 2910 7766 1111 pin [PIN]", screened.text());
    PiiMark moved = screened.marks().marks().get(0);
    assertEquals("5839 2910 7766 1111", screened.text().substring(moved.start(), moved.end()));
    assertEquals(message.originals(), screened.originals());
  }

  @Test
  void securityCodesAndExpiryDatesAreRemovedInEveryMessage() {
    assertEquals(
        "card 4111 1111 1111 1111 exp [EXPIRY] cvc [CVC]",
        screened("card 4111 1111 1111 1111 exp 09/28 cvc 321"));
    assertEquals(
        "Prüfziffer [CVC], gültig bis [EXPIRY]", screened("Prüfziffer 456, gültig bis 08/27"));
    assertEquals("I paid 123 euros on 08/12", screened("I paid 123 euros on 08/12"));
  }

  @Test
  void aCustomerTalkingAboutHerPinLosesEveryFourToSixDigitsButHerCardsEnding() {
    ProtectedText message = ProtectedText.unchanged("it was 1357, for card 4242");
    assertEquals(
        "it was [PIN], for card 4242",
        CardSecretGuard.withoutSecrets(message, () -> CARDS, true).text());
    assertSame(message, CardSecretGuard.withoutSecrets(message, () -> CARDS, false));
  }

  @Test
  void theCustomersCardsAreNotLookedUpForAMessageWithoutNumbers() {
    ProtectedText message = ProtectedText.unchanged("what is a CVC?");
    assertSame(
        message,
        CardSecretGuard.withoutSecrets(
            message,
            () -> {
              throw new AssertionError("cards read");
            },
            true));
  }

  @Test
  void aMessageWithoutPinsIsReturnedAsItIs() {
    ProtectedText message = ProtectedText.unchanged("I forgot my PIN");
    assertSame(message, CardSecretGuard.withoutSecrets(message, () -> CARDS, false));
  }

  @Test
  void mentionsOfAPinAreFoundInEnglishAndGerman() {
    assertTrue(CardSecretGuard.mentionsPin("I forgot my PIN"));
    assertTrue(CardSecretGuard.mentionsPin("meine Geheimzahl"));
    assertTrue(CardSecretGuard.mentionsPin("PIN-Nummer vergessen"));
    assertFalse(CardSecretGuard.mentionsPin("a pink card"));
    assertFalse(CardSecretGuard.mentionsPin("spinning"));
  }

  private static String screened(String text) {
    return CardSecretGuard.withoutSecrets(ProtectedText.unchanged(text), () -> CARDS, false).text();
  }
}
