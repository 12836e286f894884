package io.tellerline.identity.web;

import io.tellerline.kernel.Caller;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member signed in to the console, as kept in their HTTP session: roles, and how strongly
 * and when they last authenticated (from the verified ID token), which staff step-up needs.
 */
record SignedInStaff(
    String subject,
    String username,
    Set<String> roles,
    String acr,
    Instant authenticatedAt,
    String idToken)
    implements Serializable {

  SignedInStaff {
    roles = Set.copyOf(roles);
  }

  static SignedInStaff of(Caller caller, String idToken) {
    return new SignedInStaff(
        caller.subject(),
        caller.username(),
        caller.roles(),
        caller.authenticationLevel(),
        caller.authenticatedAt().orElse(null),
        idToken);
  }

  Caller asCaller() {
    return new Caller(
        subject, username, roles, acr, List.of(), Optional.ofNullable(authenticatedAt));
  }
}
