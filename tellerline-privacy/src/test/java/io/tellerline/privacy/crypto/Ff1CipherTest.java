package io.tellerline.privacy.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** Known-answer tests from the NIST SP 800-38G FF1 samples (FF1samples.pdf). */
class Ff1CipherTest {
  private static final byte[] AES128 = Hex.decode("2B7E151628AED2A6ABF7158809CF4F3C");
  private static final byte[] AES256 =
      Hex.decode("2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94");
  private static final byte[] TWEAK_10 = Hex.decode("39383736353433323130");
  private static final byte[] TWEAK_11 = Hex.decode("3737373770717273373737");

  @Test
  void sample1Aes128Radix10EmptyTweak() {
    assertKnownAnswer(AES128, 10, new byte[0], "0123456789", "2433477484");
  }

  @Test
  void sample2Aes128Radix10WithTweak() {
    assertKnownAnswer(AES128, 10, TWEAK_10, "0123456789", "6124200773");
  }

  @Test
  void sample3Aes128Radix36() {
    assertKnownAnswer(AES128, 36, TWEAK_11, "0123456789ABCDEFGHI", "A9TV40MLL9KDU509EUM");
  }

  @Test
  void sample7Aes256Radix10EmptyTweak() {
    assertKnownAnswer(AES256, 10, new byte[0], "0123456789", "6657667009");
  }

  @Test
  void sample8Aes256Radix10WithTweak() {
    assertKnownAnswer(AES256, 10, TWEAK_10, "0123456789", "1001623463");
  }

  @Test
  void sample9Aes256Radix36() {
    assertKnownAnswer(AES256, 36, TWEAK_11, "0123456789ABCDEFGHI", "XS8A0AZH2AVYALYZUWD");
  }

  @Test
  void refusesDomainsBelowOneMillion() {
    Ff1Cipher ff1 = new Ff1Cipher(AES256);
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt("12345", 10, new byte[0]));
  }

  @Test
  void refusesSymbolsOutsideTheRadix() {
    Ff1Cipher ff1 = new Ff1Cipher(AES256);
    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt("12345A", 10, new byte[0]));
  }

  private static void assertKnownAnswer(
      byte[] key, int radix, byte[] tweak, String plaintext, String ciphertext) {
    Ff1Cipher ff1 = new Ff1Cipher(key);
    assertEquals(ciphertext, ff1.encrypt(plaintext, radix, tweak));
    assertEquals(plaintext, ff1.decrypt(ciphertext, radix, tweak));
  }
}
