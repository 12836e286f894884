package io.tellerline.privacy.tokenization;

/**
 * The two secrets of tokenization, handed in by whoever manages keys. Separate keys, so a leak of
 * the search-token key does not help reverse format-preserving tokens and vice versa.
 *
 * @param formatPreservingKey AES key (16, 24 or 32 bytes) for FF1 tokens of cards, accounts, IBANs
 * @param keyedTokenKey HMAC-SHA256 key (≥ 32 bytes) for the keyed tokens of all other types
 */
public record TokenizationKeys(byte[] formatPreservingKey, byte[] keyedTokenKey) {

  public TokenizationKeys {
    if (formatPreservingKey == null || keyedTokenKey == null) {
      throw new IllegalArgumentException("both keys are required");
    }
    formatPreservingKey = formatPreservingKey.clone();
    keyedTokenKey = keyedTokenKey.clone();
  }

  @Override
  public byte[] formatPreservingKey() {
    return formatPreservingKey.clone();
  }

  @Override
  public byte[] keyedTokenKey() {
    return keyedTokenKey.clone();
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "TokenizationKeys[…]";
  }
}
