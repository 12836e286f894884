package io.tellerline.nlu.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexicalFeaturesTest {

  @Test
  void foldsUmlautsSharpSAndAccents() {
    assertEquals("gebuehr fuer ueberweisung", LexicalFeatures.fold("Gebühr für Überweisung"));
    assertEquals("strasse", LexicalFeatures.fold("Straße"));
    assertEquals("oeffnungszeiten", LexicalFeatures.fold("ÖFFNUNGSZEITEN"));
    assertEquals("cafe", LexicalFeatures.fold("Café"));
    assertEquals(LexicalFeatures.fold("Gebühr"), LexicalFeatures.fold("gebuehr"));
  }

  @Test
  void tokensDropPunctuation() {
    assertArrayEquals(
        new String[] {"wie", "hoch", "ist", "mein", "kontostand"},
        LexicalFeatures.tokens("Wie hoch ist mein Kontostand?!"));
  }

  @Test
  void stemsMeetAcrossInflections() {
    assertEquals(LexicalFeatures.stem("ueberweisungen"), LexicalFeatures.stem("ueberweisung"));
    assertEquals(LexicalFeatures.stem("karte"), LexicalFeatures.stem("karten"));
    assertEquals("card", LexicalFeatures.stem("card"), "short words stay as they are");
  }

  @Test
  void snowballGermanStemsMeetAcrossInflectionsAndSpelledOutUmlauts() {
    assertTrue(LexicalFeatures.of("Überweisungen").contains("g=uberweis"));
    assertTrue(LexicalFeatures.of("überweisen").contains("g=uberweis"));
    assertTrue(LexicalFeatures.of("Kontoauszüge").contains("g=kontoauszug"));
  }

  @Test
  void wordsBigramsStemsAndBoundaryMarkedCharacterNGrams() {
    List<String> features = LexicalFeatures.of("Konto gesperrt");
    assertTrue(features.contains("w=konto"));
    assertTrue(features.contains("b=konto_gesperrt"));
    assertTrue(features.contains("s=gesperr"));
    assertTrue(features.contains("c=<k"));
    assertTrue(features.contains("c=<kon"));
    assertTrue(features.contains("c=nto>"));
    assertFalse(features.contains("c=o g"), "character n-grams stay inside a word");
  }
}
