package io.tellerline.privacy.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
  private static final byte[] KEY_A = filled(32, 1);
  private static final byte[] KEY_B = filled(32, 2);
  private static final String AAD = "customer.iban/4711";
  private final FieldCipher cipher =
      new FieldCipher(FieldKeyRing.of(Map.of("k2026", KEY_A), "k2026"));

  @Test
  void roundTripsUnicode() {
    String stored = cipher.encrypt("DE89 3704 0044 0532 0130 00 – Jürgen Schäfer", AAD);
    assertEquals("DE89 3704 0044 0532 0130 00 – Jürgen Schäfer", cipher.decrypt(stored, AAD));
  }

  @Test
  void roundTripsEmptyValue() {
    assertEquals("", cipher.decrypt(cipher.encrypt("", AAD), AAD));
  }

  @Test
  void carriesVersionAndKeyIdAndRandomNonce() {
    String first = cipher.encrypt("same value", AAD);
    byte[] bytes = Base64.getDecoder().decode(first);
    assertEquals(1, bytes[0]);
    assertEquals("k2026", new String(bytes, 2, bytes[1], StandardCharsets.UTF_8));
    assertEquals(2 + 5 + 12 + "same value".length() + 16, bytes.length);
    assertNotEquals(first, cipher.encrypt("same value", AAD));
  }

  @Test
  void detectsEveryFlippedBit() {
    byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("4111111111111111", AAD));
    for (int bit = 8 * 7; bit < bytes.length * 8; bit++) {
      byte[] tampered = bytes.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      String stored = Base64.getEncoder().encodeToString(tampered);
      assertThrows(FieldIntegrityException.class, () -> cipher.decrypt(stored, AAD), "bit " + bit);
    }
  }

  @Test
  void rejectsAnotherColumnOrOwner() {
    String stored = cipher.encrypt("alice@example.com", AAD);
    assertThrows(FieldIntegrityException.class, () -> cipher.decrypt(stored, "customer.iban/4712"));
  }

  @Test
  void rejectsUnknownKeyId() {
    String stored = cipher.encrypt("secret", AAD);
    FieldCipher other = new FieldCipher(FieldKeyRing.of(Map.of("k2027", KEY_B), "k2027"));
    assertThrows(UnknownFieldKeyException.class, () -> other.decrypt(stored, AAD));
  }

  @Test
  void rejectsWrongKeyUnderTheSameId() {
    String stored = cipher.encrypt("secret", AAD);
    FieldCipher other = new FieldCipher(FieldKeyRing.of(Map.of("k2026", KEY_B), "k2026"));
    assertThrows(FieldIntegrityException.class, () -> other.decrypt(stored, AAD));
  }

  @Test
  void rejectsAKeyIdRewrittenInTheHeader() {
    FieldCipher ring =
        new FieldCipher(FieldKeyRing.of(Map.of("k2026", KEY_A, "k2027", KEY_A), "k2026"));
    byte[] bytes = Base64.getDecoder().decode(ring.encrypt("secret", AAD));
    bytes[6] = '7';
    String rewritten = Base64.getEncoder().encodeToString(bytes);
    assertThrows(FieldIntegrityException.class, () -> ring.decrypt(rewritten, AAD));
  }

  @Test
  void wrapsAKeyAsBytesAndNamesTheWrappingKey() {
    byte[] dataKey = filled(32, 9);
    String wrapped = cipher.seal(dataKey, "customer_data_key/dk-1");
    assertEquals("k2026", FieldCipher.keyIdOf(wrapped));
    assertArrayEquals(dataKey, cipher.open(wrapped, "customer_data_key/dk-1"));
    assertThrows(
        FieldIntegrityException.class, () -> cipher.open(wrapped, "customer_data_key/dk-2"));
  }

  @Test
  void rewrappingUnderANewKeyKeepsTheValue() {
    byte[] dataKey = filled(32, 9);
    String underA = cipher.seal(dataKey, AAD);
    FieldCipher rotated =
        new FieldCipher(FieldKeyRing.of(Map.of("k2026", KEY_A, "k2027", KEY_B), "k2027"));
    String underB = rotated.seal(rotated.open(underA, AAD), AAD);
    assertEquals("k2027", FieldCipher.keyIdOf(underB));
    FieldCipher onlyB = new FieldCipher(FieldKeyRing.of(Map.of("k2027", KEY_B), "k2027"));
    assertArrayEquals(dataKey, onlyB.open(underB, AAD));
    assertThrows(UnknownFieldKeyException.class, () -> onlyB.open(underA, AAD));
  }

  @Test
  void oldKeysStillDecryptAfterRotation() {
    String stored = cipher.encrypt("before rotation", AAD);
    FieldCipher rotated =
        new FieldCipher(FieldKeyRing.of(Map.of("k2026", KEY_A, "k2027", KEY_B), "k2027"));
    assertEquals("before rotation", rotated.decrypt(stored, AAD));
  }

  @Test
  void rejectsMalformedValues() {
    assertThrows(MalformedFieldCiphertextException.class, () -> cipher.decrypt("%%%", AAD));
    assertThrows(
        MalformedFieldCiphertextException.class, () -> cipher.decrypt("AgVrMjAyNg==", AAD));
    assertThrows(
        MalformedFieldCiphertextException.class, () -> cipher.decrypt("AQVrMjAyNg==", AAD));
  }

  @Test
  void refusesKeysOfTheWrongSize() {
    assertThrows(
        IllegalArgumentException.class, () -> FieldKeyRing.of(Map.of("k", filled(16, 1)), "k"));
  }

  private static byte[] filled(int length, int value) {
    byte[] key = new byte[length];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
