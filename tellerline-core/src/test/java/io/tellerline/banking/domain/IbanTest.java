package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IbanTest {

  @Test
  void readsAnIbanTypedCompactOrInGroupsInAnyCase() {
    Iban iban = Iban.parse("de02 1203 0000 0000 2020 51").orElseThrow();
    assertEquals("DE02120300000000202051", iban.value());
    assertEquals("DE", iban.country());
    assertEquals("2051", iban.last4());
    assertEquals(iban, Iban.parse("DE02-1203-0000-0000-2020-51").orElseThrow());
    assertTrue(Iban.parse("GB29 NWBK 6016 1331 9268 19").isPresent());
    assertTrue(Iban.parse("AT611904300234573201").isPresent());
  }

  @Test
  void refusesWrongCheckDigitsAndASwappedOrMissingCharacter() {
    assertEquals(Optional.empty(), Iban.parse("DE03 1203 0000 0000 2020 51"));
    assertEquals(Optional.empty(), Iban.parse("DE02 1203 0000 0000 2020 15"));
    assertEquals(Optional.empty(), Iban.parse("DE02 1203 0000 0000 2020 5"));
  }

  @Test
  void refusesALengthTheCountryDoesNotUseOrAnUnknownCountry() {
    // The check digits of this 21-character "German" IBAN are right; DE has 22 characters.
    assertTrue(Iban.checksumHolds("DE4512030000000020205"));
    assertEquals(Optional.empty(), Iban.parse("DE4512030000000020205"));
    assertEquals(Optional.empty(), Iban.parse("XX02120300000000202051"));
  }

  @Test
  void tellsAMistypedIbanFromTextThatIsNoIbanAtAll() {
    assertTrue(Iban.looksLikeOne("DE03 1203 0000 0000 2020 51"));
    assertFalse(Iban.looksLikeOne("Max Mustermann"));
    assertFalse(Iban.looksLikeOne("my IBAN is DE02 1203 0000 0000 2020 51"));
    assertFalse(Iban.looksLikeOne("DE02 " + "1".repeat(60)));
    assertFalse(Iban.looksLikeOne(null));
  }

  @Test
  void neverPrintsTheWholeIban() {
    Iban iban = Iban.parse("DE02120300000000202051").orElseThrow();
    assertEquals("DE\u20262051", iban.toString());
    assertFalse(iban.toString().contains("1203"));
  }
}
