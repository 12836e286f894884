package io.tellerline.privacy.crypto;

/**
 * The GCM tag did not verify: the ciphertext, its header, or the associated data (column, owner) is
 * not what was encrypted, or the key is wrong.
 */
public final class FieldIntegrityException extends FieldDecryptionException {
  private static final long serialVersionUID = 1L;

  public FieldIntegrityException(Throwable cause) {
    super("field ciphertext failed authentication", cause);
  }
}
