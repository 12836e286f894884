package io.tellerline.privacy.crypto;

/** A stored field could not be decrypted. The message never contains key material or plaintext. */
public class FieldDecryptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FieldDecryptionException(String message) {
    super(message);
  }

  public FieldDecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
