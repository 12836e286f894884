package io.tellerline.privacy.application;

import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import java.util.Set;

/** The keys that never leave the keystore's custody: master keys and tokenization keys. */
public interface MasterKeys {

  /** Wraps data keys under the active master key; unwraps under any master key still held. */
  FieldCipher wrapping();

  /** The id (keystore alias) of the master key that wraps new and re-wrapped data keys. */
  String activeKeyId();

  /** Every master key id held, the active one included. */
  Set<String> heldKeyIds();

  TokenizationKeys tokenization();
}
