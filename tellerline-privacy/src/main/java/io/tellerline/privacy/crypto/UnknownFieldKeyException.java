package io.tellerline.privacy.crypto;

/** The ciphertext names a key id that the key ring does not hold (removed, or another ring's). */
public final class UnknownFieldKeyException extends FieldDecryptionException {
  private static final long serialVersionUID = 1L;

  public UnknownFieldKeyException(String keyId) {
    super("no key with id " + keyId + " in the key ring");
  }
}
