package io.tellerline.privacy.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts single database fields with AES-256-GCM through BouncyCastle's lightweight API (no JCE
 * provider is registered, so nothing global changes in the application server; the lightweight API
 * was also faster in tellerline-bench, see BENCHMARKS.md). Each value gets a fresh random 96-bit
 * nonce; with random nonces NIST SP 800-38D allows at most 2^32 encryptions per key, so keys must
 * be rotated well before that. The associated data names what the value belongs to (for example
 * "customer.iban/4711"), so a ciphertext copied into another column or row does not decrypt.
 * Thread-safe.
 */
public final class FieldCipher {
  private final FieldKeyRing keys;
  private final SecureRandom random = new SecureRandom();

  public FieldCipher(FieldKeyRing keys) {
    this.keys = keys;
  }

  /**
   * Encrypts under the active key; returns the Base64 storage form described in FieldCiphertext.
   */
  public String encrypt(String plaintext, String associatedData) {
    return seal(plaintext.getBytes(StandardCharsets.UTF_8), associatedData);
  }

  /** As {@link #encrypt} for raw bytes, e.g. a data key wrapped under a master key. */
  public String seal(byte[] plaintext, String associatedData) {
    String keyId = keys.activeKeyId();
    byte[] header = FieldCiphertext.header(keyId);
    byte[] nonce = new byte[FieldCiphertext.NONCE_BYTES];
    random.nextBytes(nonce);
    GCMModeCipher gcm = gcm(true, keys.key(keyId), nonce, header, associatedData);
    byte[] sealed = new byte[gcm.getOutputSize(plaintext.length)];
    int n = gcm.processBytes(plaintext, 0, plaintext.length, sealed, 0);
    try {
      gcm.doFinal(sealed, n);
    } catch (InvalidCipherTextException impossible) {
      throw new IllegalStateException("GCM encryption failed", impossible);
    }
    return new FieldCiphertext(keyId, header, nonce, sealed).encode();
  }

  /**
   * @throws UnknownFieldKeyException if the key id is not in the ring
   * @throws FieldIntegrityException if ciphertext, header or associated data were changed
   * @throws MalformedFieldCiphertextException if the value is not a v1 ciphertext at all
   */
  public String decrypt(String stored, String associatedData) {
    return new String(open(stored, associatedData), StandardCharsets.UTF_8);
  }

  /** As {@link #decrypt} for raw bytes; the counterpart of {@link #seal}. */
  public byte[] open(String stored, String associatedData) {
    FieldCiphertext c = FieldCiphertext.decode(stored);
    GCMModeCipher gcm = gcm(false, keys.key(c.keyId()), c.nonce(), c.header(), associatedData);
    byte[] sealed = c.sealed();
    byte[] plain = new byte[gcm.getOutputSize(sealed.length)];
    int n = gcm.processBytes(sealed, 0, sealed.length, plain, 0);
    try {
      n += gcm.doFinal(plain, n);
    } catch (InvalidCipherTextException tampered) {
      throw new FieldIntegrityException(tampered);
    }
    return n == plain.length ? plain : Arrays.copyOf(plain, n);
  }

  /**
   * The id of the key a stored value was encrypted with, read from its header without decrypting.
   *
   * @throws MalformedFieldCiphertextException if the value is not a v1 ciphertext
   */
  public static String keyIdOf(String stored) {
    return FieldCiphertext.decode(stored).keyId();
  }

  private static GCMModeCipher gcm(
      boolean encrypt, byte[] key, byte[] nonce, byte[] header, String associatedData) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(AESEngine.newInstance());
    gcm.init(
        encrypt,
        new AEADParameters(new KeyParameter(key), FieldCiphertext.TAG_BYTES * 8, nonce, null));
    gcm.processAADBytes(header, 0, header.length);
    byte[] aad = associatedData.getBytes(StandardCharsets.UTF_8);
    gcm.processAADBytes(aad, 0, aad.length);
    return gcm;
  }
}
