package io.tellerline.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone whose access token Tellerline has verified: the identity-provider subject, realm roles,
 * and how strongly and how recently they authenticated (OIDC {@code acr}, {@code amr}, {@code
 * auth_time}), which step-up decisions need, and the payments the token was issued for (RFC 9396
 * {@code authorization_details}; empty for an ordinary sign-in).
 */
public record Caller(
    String subject,
    String username,
    Set<String> roles,
    String authenticationLevel,
    List<String> authenticationMethods,
    Optional<Instant> authenticatedAt,
    List<AuthorizedPayment> authorizedPayments) {

  /** A caller whose token authorises no particular payment. */
  public Caller(
      String subject,
      String username,
      Set<String> roles,
      String authenticationLevel,
      List<String> authenticationMethods,
      Optional<Instant> authenticatedAt) {
    this(
        subject,
        username,
        roles,
        authenticationLevel,
        authenticationMethods,
        authenticatedAt,
        List.of());
  }

  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    authenticationLevel = authenticationLevel == null ? "" : authenticationLevel;
    authenticationMethods = List.copyOf(authenticationMethods);
    Objects.requireNonNull(authenticatedAt, "authenticatedAt");
    authorizedPayments = List.copyOf(authorizedPayments);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
