package io.tellerline.privacy.application;

import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;

/** The keys that never leave the keystore's custody: master keys and tokenization keys. */
public interface MasterKeys {

  /** Wraps data keys under the active master key; unwraps under any master key still held. */
  FieldCipher wrapping();

  /** The id (keystore alias) of the master key that wraps new and re-wrapped data keys. */
  String activeKeyId();

  /** Every master key id held, the active one included. */
  Set<String> heldKeyIds();

  /**
   * The tokenization keys held, by version (1 = the keystore entries {@code tokenization-ff1} and
   * {@code tokenization-hmac}, n = {@code tokenization-ff1-v<n>} and {@code
   * tokenization-hmac-v<n>}). Whether a version was destroyed is the database's to say (see {@code
   * TokenizerRing}).
   */
  SortedMap<Integer, TokenizationKeys> tokenizationVersions();

  /** The newest tokenization keys held: new tokens are made under them. */
  default TokenizationKeys tokenization() {
    SortedMap<Integer, TokenizationKeys> versions = tokenizationVersions();
    return versions.get(Collections.max(versions.keySet()));
  }
}
