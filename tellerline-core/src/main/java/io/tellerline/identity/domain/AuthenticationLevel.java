package io.tellerline.identity.domain;

import java.util.Locale;

/**
 * How strongly a caller authenticated, from the token's {@code acr} claim. The names are those of
 * the realm's {@code acr.loa.map}; anything else (Keycloak's {@code "0"} for a session restored
 * from a cookie, a missing claim, an unknown value) counts as {@link #NONE}, never as more.
 */
public enum AuthenticationLevel {
  NONE,
  PASSWORD,
  MFA;

  public static AuthenticationLevel fromAcr(String acr) {
    if (acr == null) {
      return NONE;
    }
    return switch (acr.strip().toLowerCase(Locale.ROOT)) {
      case "password" -> PASSWORD;
      case "mfa" -> MFA;
      default -> NONE;
    };
  }

  public boolean satisfies(AuthenticationLevel required) {
    return compareTo(required) >= 0;
  }

  /** The {@code acr} value a client must request to reach this level. */
  public String acrValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
