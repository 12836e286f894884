package io.tellerline.nlu.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentifierTest {

  private static LanguageIdentifier identifier;

  @BeforeAll
  static void load() {
    identifier = LanguageIdentifier.load();
  }

  @ParameterizedTest
  @CsvSource({
    "'I would like to know how much money is left on my current account', en",
    "'Ich möchte wissen, wie viel Geld noch auf meinem Girokonto ist', de",
    "'Meine Karte wurde gestern gestohlen, bitte sofort sperren', de",
    "'Somebody stole my credit card yesterday evening', en",
  })
  void recognisesEnglishAndGerman(String text, String language) {
    LanguageGuess guess = identifier.identify(text, "xx");
    assertEquals(language, guess.language());
    assertFalse(guess.fromProfile());
  }

  @Test
  void fallsBackToTheProfileLanguageForShortMessages() {
    LanguageGuess guess = identifier.identify("ok danke", "de");
    assertEquals("de", guess.language());
    assertTrue(guess.fromProfile());
  }

  @ParameterizedTest
  @CsvSource({
    "'Merhaba, hesabımda ne kadar para var?'",
    "'Bonjour, je voudrais connaître mon solde'",
    "'Hola, quiero bloquear mi tarjeta'",
    "'Ciao, vorrei sapere il saldo del mio conto'",
  })
  void takesAClearlyForeignMessageAsUnsupportedAndAnswersInTheProfileLanguage(String text) {
    LanguageGuess guess = identifier.identify(text, "de");
    assertTrue(guess.unsupported());
    assertEquals("de", guess.language());
  }

  @ParameterizedTest
  @CsvSource({
    "'wieviel kohle hab ich noch auf dem konto'",
    "'ueberweisung an mia 50 euro bitte'",
    "'how much money do i have left'",
    "'kontostand bitte'",
  })
  void neverTakesEnglishOrGermanWithTyposAsForeign(String text) {
    assertFalse(identifier.identify(text, "en").unsupported());
  }
}
