package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayeeNameTest {

  @Test
  void takesANameAsTypedWithoutLeadInSpacingOrFullStop() {
    assertEquals("Tom Weber", PayeeName.parse("  Tom   Weber. ").orElseThrow().value());
    assertEquals("Tom Weber", PayeeName.parse("the name is Tom Weber").orElseThrow().value());
    assertEquals("Jürgen Groß", PayeeName.parse("er heißt Jürgen Groß").orElseThrow().value());
    assertEquals("O'Brien & Söhne GmbH", PayeeName.parse("O'Brien & Söhne GmbH").get().value());
    assertEquals("1&1 Telecom", PayeeName.parse("1&1 Telecom").orElseThrow().value());
  }

  @Test
  void refusesWhatIsNoName() {
    assertEquals(Optional.empty(), PayeeName.parse("A"));
    assertEquals(Optional.empty(), PayeeName.parse("12345"));
    assertEquals(Optional.empty(), PayeeName.parse("x".repeat(71)));
    assertEquals(Optional.empty(), PayeeName.parse("Tom <script>"));
    assertEquals(Optional.empty(), PayeeName.parse("[NAME]"));
    assertEquals(Optional.empty(), PayeeName.parse(""));
    assertThrows(IllegalArgumentException.class, () -> new PayeeName("?"));
  }

  @Test
  void theSamePayeeWhateverTheCaseAndSpacing() {
    assertTrue(PayeeName.parse("mia  schmidt").orElseThrow().sameAs("Mia Schmidt"));
  }
}
