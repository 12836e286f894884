package io.tellerline.identity.web;

import io.tellerline.kernel.Caller;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member signed in to the console, as kept in their HTTP session: roles (as of the last
 * token refresh), how strongly and when they last authenticated (from the verified ID token), which
 * staff step-up needs, and the tokens and Keycloak session id that sign-out, refresh and
 * back-channel logout need.
 */
record SignedInStaff(
    String subject,
    String username,
    Set<String> roles,
    String acr,
    Instant authenticatedAt,
    String idToken,
    String refreshToken,
    String sessionId)
    implements Serializable {

  SignedInStaff {
    roles = Set.copyOf(roles);
  }

  static SignedInStaff of(Caller caller, ConsoleTokens.Tokens tokens, String sessionId) {
    return new SignedInStaff(
        caller.subject(),
        caller.username(),
        caller.roles(),
        caller.authenticationLevel(),
        caller.authenticatedAt().orElse(null),
        tokens.idToken(),
        tokens.refreshToken(),
        sessionId);
  }

  /**
   * After a refresh: the roles the identity provider gives now; how and when the staff member
   * authenticated stays as it was (a refresh is no new authentication).
   */
  SignedInStaff refreshed(Caller refreshed, ConsoleTokens.Tokens tokens) {
    return new SignedInStaff(
        subject,
        username,
        refreshed.roles(),
        acr,
        authenticatedAt,
        tokens.idToken(),
        tokens.refreshToken(),
        sessionId);
  }

  Caller asCaller() {
    return new Caller(
        subject, username, roles, acr, List.of(), Optional.ofNullable(authenticatedAt));
  }

  @Override
  public String toString() { // never the tokens, e.g. in a log line
    return "SignedInStaff[" + username + ", roles=" + roles + ", acr=" + acr + "]";
  }
}
