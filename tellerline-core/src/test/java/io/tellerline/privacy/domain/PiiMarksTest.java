package io.tellerline.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.detection.PiiType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiMarksTest {

  private static final String BODY = "card 8972 0113 5997 1111, mail [EMAIL:ba7441a9bab64c8f] ok";
  private static final PiiMarks MARKS =
      new PiiMarks(List.of(new PiiMark(PiiType.CARD, 5, 24), new PiiMark(PiiType.EMAIL, 31, 55)));

  @Test
  void roundTripsThroughItsColumnForm() {
    assertEquals("CARD:5:24;EMAIL:31:55", MARKS.encode());
    assertEquals(MARKS, PiiMarks.parse(MARKS.encode()));
    assertEquals(PiiMarks.NONE, PiiMarks.parse(""));
  }

  @Test
  void masksEveryToken() {
    assertEquals(
        "card \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111,"
            + " mail [EMAIL] ok",
        MARKS.mask(BODY));
  }

  @Test
  void redactionKeepsMarksOnTheMaskedText() {
    PiiMarks.Redacted redacted = MARKS.redact(BODY);
    assertEquals(MARKS.mask(BODY), redacted.body());
    assertEquals(redacted.body(), redacted.marks().mask(redacted.body()));
    assertEquals(
        "[EMAIL]",
        redacted
            .body()
            .substring(
                redacted.marks().marks().get(1).start(), redacted.marks().marks().get(1).end()));
    assertFalse(redacted.body().contains("8972"));
  }

  @Test
  void replacesTokensAndMovesTheLaterMarks() {
    PiiMarks.Redacted replaced =
        MARKS
            .replace(BODY, List.of(new TokenChange(0, "8972 0113 5997 1111", "1234 56 7890 1111")))
            .orElseThrow();
    assertEquals("card 1234 56 7890 1111, mail [EMAIL:ba7441a9bab64c8f] ok", replaced.body());
    assertEquals(new PiiMark(PiiType.CARD, 5, 22), replaced.marks().marks().get(0));
    assertEquals(new PiiMark(PiiType.EMAIL, 29, 53), replaced.marks().marks().get(1));
    assertEquals(
        "card \u2022\u2022\u2022\u2022 \u2022\u2022 \u2022\u2022\u2022\u2022 1111, mail [EMAIL] ok",
        replaced.marks().mask(replaced.body()));
  }

  @Test
  void refusesAReplacementThatDoesNotMatchItsMark() {
    assertTrue(MARKS.replace(BODY, List.of(new TokenChange(1, "[EMAIL:0000]", "x"))).isEmpty());
    assertTrue(MARKS.replace(BODY, List.of(new TokenChange(2, "a", "b"))).isEmpty());
    assertTrue(
        MARKS
            .replace(
                BODY,
                List.of(
                    new TokenChange(0, "8972 0113 5997 1111", "x"),
                    new TokenChange(0, "8972 0113 5997 1111", "y")))
            .isEmpty());
  }

  @Test
  void rejectsOverlapsAndMalformedColumns() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PiiMarks(
                List.of(new PiiMark(PiiType.CARD, 0, 10), new PiiMark(PiiType.EMAIL, 9, 12))));
    assertThrows(IllegalArgumentException.class, () -> PiiMarks.parse("CARD:1"));
    assertThrows(IllegalArgumentException.class, () -> PiiMarks.parse("CARD:5:2"));
    assertTrue(PiiMarks.NONE.isEmpty());
  }

  @Test
  void restoresKnownOriginalsAndMasksTheRest() {
    String restored =
        MARKS.restore(
            BODY,
            token ->
                token.equals("[EMAIL:ba7441a9bab64c8f]")
                    ? java.util.Optional.of("alice@example.org")
                    : java.util.Optional.empty());
    assertEquals(
        "card \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111,"
            + " mail alice@example.org ok",
        restored);
  }
}
