package io.tellerline.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReviewRewriteTest {

  @Test
  void aRewriteWithoutPersonalDataIsKeptStripped() {
    assertEquals(
        "Which pizza goes with pineapple? My IBAN is [IBAN]",
        ReviewInboxService.checkRewrite("  Which pizza goes with pineapple? My IBAN is [IBAN] "));
  }

  @Test
  void aRewriteThatStillHoldsPersonalDataIsRefusedNamingTheKindOnly() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> ReviewInboxService.checkRewrite("Send it to DE89 3704 0044 0532 0130 00 please"));
    String message = refused.message(Locale.ENGLISH);
    assertTrue(message.contains("IBAN"), message);
    assertTrue(!message.contains("3704"), "the value is not repeated: " + message);
    assertThrows(
        InvalidInputException.class,
        () -> ReviewInboxService.checkRewrite("write to jane.doe@example.com"));
  }

  @Test
  void emptyOverlongOrMultiLineRewritesAreRefused() {
    assertThrows(InvalidInputException.class, () -> ReviewInboxService.checkRewrite("  "));
    assertThrows(InvalidInputException.class, () -> ReviewInboxService.checkRewrite(null));
    assertThrows(
        InvalidInputException.class, () -> ReviewInboxService.checkRewrite("x".repeat(2001)));
    assertThrows(InvalidInputException.class, () -> ReviewInboxService.checkRewrite("a\nb"));
  }
}
