package io.tellerline.identity.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action demands of the caller's authentication: at least {@code level}, and, when {@code
 * maxAge} is present, an authentication no older than that.
 */
public record AuthenticationRequirement(AuthenticationLevel level, Optional<Duration> maxAge) {

  public AuthenticationRequirement {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(maxAge, "maxAge");
    if (level == AuthenticationLevel.NONE) {
      throw new IllegalArgumentException("a requirement must ask for at least a password");
    }
    maxAge.ifPresent(
        age -> {
          if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive");
          }
        });
  }

  public static AuthenticationRequirement of(AuthenticationLevel level, Duration maxAge) {
    return new AuthenticationRequirement(level, Optional.ofNullable(maxAge));
  }

  public boolean isStrongerThanPassword() {
    return level == AuthenticationLevel.MFA;
  }

  /**
   * Whether this asks more than a signed-in session: a stronger level, or an authentication no
   * older than some age (which a caller may have to renew by stepping up).
   */
  public boolean asksMoreThanSignIn() {
    return isStrongerThanPassword() || maxAge.isPresent();
  }
}
