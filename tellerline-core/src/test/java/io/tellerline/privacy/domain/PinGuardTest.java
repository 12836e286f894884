package io.tellerline.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.detection.PiiType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinGuardTest {

  private static final Set<String> CARDS = Set.of("4242");

  @Test
  void fourToSixDigitNumbersAreRemovedNotKept() {
    assertEquals("my pin is [PIN]", screened("my pin is 1234"));
    assertEquals("PIN [PIN] or [PIN]", screened("PIN 123456 or 98765"));
    assertEquals("Geheimzahl: [PIN]", screened("Geheimzahl: 0815"));
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

    ProtectedText screened = PinGuard.withoutPins(message, CARDS);

    assertEquals("pin [PIN] card 5839 2910 7766 1111 pin [PIN]", screened.text());
    PiiMark moved = screened.marks().marks().get(0);
    assertEquals("5839 2910 7766 1111", screened.text().substring(moved.start(), moved.end()));
    assertEquals(message.originals(), screened.originals());
  }

  @Test
  void aMessageWithoutPinsIsReturnedAsItIs() {
    ProtectedText message = ProtectedText.unchanged("I forgot my PIN");
    assertSame(message, PinGuard.withoutPins(message, CARDS));
  }

  @Test
  void mentionsOfAPinAreFoundInEnglishAndGerman() {
    assertTrue(PinGuard.mentionsPin("I forgot my PIN"));
    assertTrue(PinGuard.mentionsPin("meine Geheimzahl"));
    assertTrue(PinGuard.mentionsPin("PIN-Nummer vergessen"));
    assertFalse(PinGuard.mentionsPin("a pink card"));
    assertFalse(PinGuard.mentionsPin("spinning"));
  }

  private static String screened(String text) {
    return PinGuard.withoutPins(ProtectedText.unchanged(text), CARDS).text();
  }
}
