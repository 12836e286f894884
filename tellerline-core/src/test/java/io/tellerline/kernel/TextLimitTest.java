package io.tellerline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitTest {

  private final TextLimit reason = new TextLimit("reason", 10, 500);

  @Test
  void countsTheTextWithoutSurroundingWhiteSpace() {
    assertEquals("customer disputes payee", reason.check("  customer disputes payee \n"));
    assertFalse(reason.fits("   because   "));
    assertTrue(reason.fits("x".repeat(500)));
    assertFalse(reason.fits("x".repeat(501)));
  }

  @Test
  void aFailureNamesTheFieldAndTheLimitsNeverTheValue() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> reason.check("IBAN DE89"));

    assertEquals(List.of("reason"), refused.fields());
    assertEquals(FailureKind.INVALID_INPUT, refused.kind());
    assertFalse(refused.getMessage().contains("DE89"), refused.getMessage());
  }

  @Test
  void anOptionalTextMayBeMissing() {
    TextLimit comment = new TextLimit("comment", 0, 5);

    assertEquals("", comment.check(null));
    assertThrows(InvalidInputException.class, () -> comment.check("sixsix"));
    assertThrows(IllegalArgumentException.class, () -> new TextLimit("x", 3, 2));
  }
}
