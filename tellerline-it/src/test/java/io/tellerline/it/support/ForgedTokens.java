package io.tellerline.it.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Token defects an attacker can produce from a real token: a re-signed, unsigned, elevated or
 * foreign-key copy. Each must be refused by the server (the real Keycloak signs the originals).
 */
public final class ForgedTokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final KeyPair ATTACKER = attackerKey();

  private ForgedTokens() {}

  /** Same header (the realm's key id) and claims, signed with the attacker's key. */
  public static String signedWithAnotherKey(String token) {
    String[] parts = token.split("\\.");
    return sign(parts[0] + "." + parts[1]);
  }

  /** The claims with {@code alg: none} and no signature. */
  public static String unsigned(String token) {
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    return header + "." + token.split("\\.")[1] + ".";
  }

  /** Signed by the attacker under a key id the realm does not have. */
  public static String unknownKeyId(String token) {
    String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"attacker-key\"}");
    return sign(header + "." + token.split("\\.")[1]);
  }

  /** The original signature kept, the claims changed to claim multi-factor authentication. */
  public static String elevatedToMfa(String token) {
    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String elevated = claims.replace("\"acr\":\"password\"", "\"acr\":\"mfa\"");
    if (elevated.equals(claims)) {
      throw new IllegalArgumentException("the token has no acr \"password\" to elevate");
    }
    return parts[0] + "." + encode(elevated) + "." + parts[2];
  }

  private static String sign(String signingInput) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(ATTACKER.getPrivate());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(rsa.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair attackerKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
