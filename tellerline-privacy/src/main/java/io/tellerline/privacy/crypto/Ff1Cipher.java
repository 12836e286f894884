package io.tellerline.privacy.crypto;

import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * NIST SP 800-38G FF1 format-preserving encryption with AES, over digits (radix 10) or digits and
 * upper-case letters (radix 36). BouncyCastle refuses domains smaller than one million values
 * (radix^length &lt; 10^6, as SP 800-38G Rev. 1 requires), so at least six digits must be
 * encrypted. Thread-safe: an engine is made per call, since BouncyCastle engines keep state.
 */
public final class Ff1Cipher {
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private final byte[] key;

  /**
   * @param key an AES key of 16, 24 or 32 bytes
   */
  public Ff1Cipher(byte[] key) {
    if (key == null || (key.length != 16 && key.length != 24 && key.length != 32)) {
      throw new IllegalArgumentException("FF1 needs an AES key of 16, 24 or 32 bytes");
    }
    this.key = key.clone();
  }

  public String encrypt(String symbols, int radix, byte[] tweak) {
    return process(true, symbols, radix, tweak);
  }

  public String decrypt(String symbols, int radix, byte[] tweak) {
    return process(false, symbols, radix, tweak);
  }

  private String process(boolean encrypt, String symbols, int radix, byte[] tweak) {
    if (radix != 10 && radix != 36) {
      throw new IllegalArgumentException("radix 10 or 36 only");
    }
    byte[] in = toValues(symbols, radix);
    byte[] out = new byte[in.length];
    FPEFF1Engine engine = new FPEFF1Engine(AESEngine.newInstance());
    engine.init(encrypt, new FPEParameters(new KeyParameter(key), radix, tweak));
    engine.processBlock(in, 0, in.length, out, 0);
    return toSymbols(out);
  }

  private static byte[] toValues(String symbols, int radix) {
    byte[] values = new byte[symbols.length()];
    for (int i = 0; i < values.length; i++) {
      int value = ALPHABET.indexOf(Character.toUpperCase(symbols.charAt(i)));
      if (value < 0 || value >= radix) {
        throw new IllegalArgumentException("symbol outside radix " + radix + " at index " + i);
      }
      values[i] = (byte) value;
    }
    return values;
  }

  private static String toSymbols(byte[] values) {
    char[] symbols = new char[values.length];
    for (int i = 0; i < values.length; i++) {
      symbols[i] = ALPHABET.charAt(values[i]);
    }
    return new String(symbols);
  }
}
