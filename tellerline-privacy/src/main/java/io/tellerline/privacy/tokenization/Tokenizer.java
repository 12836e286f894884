package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.crypto.Ff1Cipher;
import io.tellerline.privacy.crypto.KeyedHash;
import io.tellerline.privacy.detection.CustomerProfile;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiSpan;
import io.tellerline.privacy.detection.PiiType;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the personal data that {@link PiiDetector} finds with tokens: format-preserving FF1
 * tokens for cards, account numbers and IBANs (length and last four kept), keyed HMAC tokens for
 * everything else. Deterministic for a given key pair. Thread-safe.
 */
public final class Tokenizer {
  private final PiiDetector detector;
  private final DigitTokens digitTokens;
  private final IbanTokens ibanTokens;
  private final KeyedTokens keyedTokens;

  public Tokenizer(PiiDetector detector, TokenizationKeys keys) {
    this.detector = detector;
    Ff1Cipher ff1 = new Ff1Cipher(keys.formatPreservingKey());
    this.digitTokens = new DigitTokens(ff1);
    this.ibanTokens = new IbanTokens(ff1);
    this.keyedTokens = new KeyedTokens(new KeyedHash(keys.keyedTokenKey()));
  }

  public TokenizedText tokenize(String text, CustomerProfile profile) {
    List<PiiSpan> spans = detector.detect(text, profile);
    if (spans.isEmpty()) {
      return new TokenizedText(text, List.of());
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * spans.size());
    List<Replacement> replacements = new ArrayList<>(spans.size());
    int copied = 0;
    for (PiiSpan span : spans) {
      out.append(text, copied, span.start());
      String original = span.in(text);
      String token = tokenFor(span.type(), original);
      replacements.add(
          new Replacement(span.type(), token, span.start(), span.end(), original, out.length()));
      out.append(token);
      copied = span.end();
    }
    out.append(text, copied, text.length());
    return new TokenizedText(out.toString(), replacements);
  }

  /**
   * The token a value gets, e.g. to search stored conversations for an e-mail address a member of
   * staff typed. The value must be well-formed for its type (as the detector reports it).
   */
  public String tokenFor(PiiType type, String value) {
    return switch (type) {
      case CARD, ACCOUNT -> digitTokens.token(type.tokenLabel(), value);
      case IBAN -> ibanTokens.token(value);
      default -> keyedTokens.token(type, value);
    };
  }
}
