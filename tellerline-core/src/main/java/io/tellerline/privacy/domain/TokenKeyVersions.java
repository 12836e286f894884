package io.tellerline.privacy.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Repository of the tokenization key versions' life, and of what each version still protects. */
public interface TokenKeyVersions {

  /** The versions destroyed; a fresh read, so every instance of a cluster learns of it. */
  Set<Integer> destroyed();

  Optional<TokenKeyVersion> find(int version);

  /** Locks the version's row to the end of the transaction (creating it first if need be). */
  TokenKeyVersion lock(int version);

  /** How many live (unmasked) tokens of protected values each version stands behind. */
  Map<Integer, Long> tokensByVersion();
}
