package io.tellerline.privacy.tokenization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.crypto.Ff1Cipher;
import io.tellerline.privacy.detection.CustomerProfile;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final PiiDetector DETECTOR = new PiiDetector();
  private static final CustomerProfile ALICE =
      new CustomerProfile("Alice Müller", "Hauptstraße 12", "50667", "Köln");
  private final Tokenizer tokenizer = new Tokenizer(DETECTOR, keys(1, 2));

  @Test
  void cardKeepsLengthSeparatorsAndLastFour() {
    TokenizedText t = tokenizer.tokenize("my card 4111 1111 1111 1111 was declined", ALICE);
    Replacement card = t.replacements().get(0);
    assertEquals(PiiType.CARD, card.type());
    assertEquals("4111 1111 1111 1111", card.original());
    assertTrue(card.token().matches("\\d{4} \\d{4} \\d{4} 1111"), card.token());
    assertNotEquals(card.original(), card.token());
    assertEquals("my card " + card.token() + " was declined", t.text());
  }

  @Test
  void accountKeepsTenDigitsAndLastFour() {
    String token = tokenizer.tokenFor(PiiType.ACCOUNT, "0532013000");
    assertTrue(token.matches("\\d{6}3000"), token);
    assertNotEquals("0532013000", token);
  }

  @Test
  void ibanKeepsCountryLengthSeparatorsAndLastFour() {
    String token = tokenizer.tokenFor(PiiType.IBAN, "de89 3704 0044 0532 0130 00");
    assertTrue(token.matches("DE\\d{2}( \\d{4}){3} \\d{2}30 00"), token);
    String gb = tokenizer.tokenFor(PiiType.IBAN, "GB29NWBK60161331926819");
    assertTrue(gb.matches("GB[0-9A-Z]{16}6819"), gb);
  }

  @Test
  void formatPreservingTokensDecryptWithTheSameTweak() {
    Ff1Cipher ff1 = new Ff1Cipher(keys(1, 2).formatPreservingKey());
    String token = tokenizer.tokenFor(PiiType.CARD, "4111111111111111");
    byte[] tweak = "CARD|16|1111".getBytes(StandardCharsets.UTF_8);
    assertEquals("411111111111", ff1.decrypt(token.substring(0, 12), 10, tweak));
  }

  @Test
  void aTokenDoesNotDecryptToItsOriginalUnderAnotherKey() {
    // After a key rotation and the old key's destruction, the remaining (newer) key does not turn
    // an old token back; each of 50 cards gives a different wrong answer, never the original.
    Ff1Cipher newer = new Ff1Cipher(keys(3, 4).formatPreservingKey());
    Random random = new Random(11);
    for (int i = 0; i < 50; i++) {
      String hidden = String.format("%012d", random.nextLong(1_000_000_000_000L));
      String token = tokenizer.tokenFor(PiiType.CARD, hidden + "1111");
      byte[] tweak = "CARD|16|1111".getBytes(StandardCharsets.UTF_8);
      assertNotEquals(hidden, newer.decrypt(token.substring(0, 12), 10, tweak));
    }
  }

  @Test
  void otherTypesGetTypedKeyedTokens() {
    TokenizedText t = tokenizer.tokenize("mail alice@example.com or call 0170 1234567", ALICE);
    assertTrue(t.text().matches("mail \\[EMAIL:[0-9a-f]{16}] or call \\[PHONE:[0-9a-f]{16}]"));
    assertFalse(t.text().contains("example"));
  }

  @Test
  void sameValueSameTokenAcrossSpellings() {
    assertEquals(
        tokenizer.tokenFor(PiiType.EMAIL, "Alice@Example.com"),
        tokenizer.tokenFor(PiiType.EMAIL, "alice@example.com"));
    assertEquals(
        tokenizer.tokenFor(PiiType.NAME, "Alice Müller"),
        tokenizer.tokenFor(PiiType.NAME, "alice  muller"));
    assertEquals(
        tokenizer.tokenFor(PiiType.PHONE, "+49 170 1234567"),
        tokenizer.tokenFor(PiiType.PHONE, "0049-170-1234567"));
  }

  @Test
  void deterministicForOneKeyDifferentForAnother() {
    String text = "IBAN DE89 3704 0044 0532 0130 00, card 5555555555554444, Alice Müller";
    TokenizedText first = tokenizer.tokenize(text, ALICE);
    assertEquals(first, new Tokenizer(DETECTOR, keys(1, 2)).tokenize(text, ALICE));
    TokenizedText otherKeys = new Tokenizer(DETECTOR, keys(3, 4)).tokenize(text, ALICE);
    for (int i = 0; i < first.replacements().size(); i++) {
      assertNotEquals(first.replacements().get(i).token(), otherKeys.replacements().get(i).token());
    }
  }

  @Test
  void leaksNoDigitsButTheLastFour() {
    Random random = new Random(7);
    int positions = 0;
    int same = 0;
    for (int n = 0; n < 500; n++) {
      String card = luhnCard(random);
      String token = tokenizer.tokenFor(PiiType.CARD, card);
      assertEquals(card.substring(12), token.substring(12));
      assertNotEquals(card.substring(0, 12), token.substring(0, 12));
      for (int i = 0; i < 12; i++) {
        positions++;
        same += card.charAt(i) == token.charAt(i) ? 1 : 0;
      }
    }
    // A random digit equals the original one time in ten; more would mean digits leak through.
    double rate = (double) same / positions;
    assertTrue(rate > 0.08 && rate < 0.12, "digit agreement " + rate);
  }

  @Test
  void tokenizedTextHoldsNoOriginal() {
    String text = "Ich bin Alice Müller, Hauptstr. 12, 50667 Köln, Steuer-ID 86095742719";
    TokenizedText t = tokenizer.tokenize(text, ALICE);
    for (Replacement r : t.replacements()) {
      assertFalse(t.text().contains(r.original()), r.toString());
      assertEquals(
          r.token(), t.text().substring(r.tokenStart(), r.tokenStart() + r.token().length()));
      assertEquals(r.original(), text.substring(r.start(), r.end()));
    }
    assertEquals(3, t.replacements().size());
  }

  @Test
  void textWithoutPersonalDataIsUnchanged() {
    TokenizedText t = tokenizer.tokenize("Wie hoch ist mein Dispo? 1.234,56 € fehlen", ALICE);
    assertFalse(t.changed());
    assertEquals("Wie hoch ist mein Dispo? 1.234,56 € fehlen", t.text());
  }

  private static String luhnCard(Random random) {
    StringBuilder digits = new StringBuilder("4");
    while (digits.length() < 15) {
      digits.append(random.nextInt(10));
    }
    for (int check = 0; check < 10; check++) {
      String candidate = digits.toString() + check;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError();
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
    return sum % 10 == 0;
  }

  private static TokenizationKeys keys(int ff1, int hmac) {
    byte[] a = new byte[32];
    byte[] b = new byte[32];
    Arrays.fill(a, (byte) ff1);
    Arrays.fill(b, (byte) hmac);
    return new TokenizationKeys(a, b);
  }
}
