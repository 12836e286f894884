package io.tellerline.privacy.tokenization;

import io.tellerline.privacy.crypto.Ff1Cipher;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Format-preserving IBAN tokens: the country code and the last four characters stay, the check
 * digits and the rest of the BBAN are FF1-encrypted, and the length and separators are kept.
 * Letters are upper-cased first (IBANs are case-insensitive). A middle part of digits only (DE, AT,
 * CH, FR…) is encrypted with radix 10, so the token still looks like that country's IBAN; a middle
 * part with letters (GB bank codes, NL, IE…) with radix 36 over 0–9A–Z, so letters and digits may
 * trade places. Tokens are not valid IBANs except by chance (1 in 97).
 */
final class IbanTokens {
  private final Ff1Cipher ff1;

  IbanTokens(Ff1Cipher ff1) {
    this.ff1 = ff1;
  }

  String token(String typed) {
    String upper = typed.toUpperCase(Locale.ROOT);
    String iban = Separators.keepOnly(upper, IbanTokens::isAlnum);
    String country = iban.substring(0, 2);
    String visible = iban.substring(iban.length() - DigitTokens.VISIBLE);
    String middle = iban.substring(2, iban.length() - DigitTokens.VISIBLE);
    int radix = middle.chars().allMatch(Character::isDigit) ? 10 : 36;
    byte[] tweak = ("IBAN|" + country + "|" + visible).getBytes(StandardCharsets.UTF_8);
    String token = country + ff1.encrypt(middle, radix, tweak) + visible;
    return Separators.reinsert(upper, token, IbanTokens::isAlnum);
  }

  private static boolean isAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }
}
