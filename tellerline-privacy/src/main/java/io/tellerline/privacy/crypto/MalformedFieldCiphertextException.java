package io.tellerline.privacy.crypto;

/** The stored value is not a ciphertext of a known version: bad Base64, truncated, or unknown. */
public final class MalformedFieldCiphertextException extends FieldDecryptionException {
  private static final long serialVersionUID = 1L;

  public MalformedFieldCiphertextException(String message) {
    super(message);
  }
}
