package io.tellerline.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone whose access token Tellerline has verified: the identity-provider subject, realm roles,
 * and how strongly and how recently they authenticated (OIDC {@code acr}, {@code amr}, {@code
 * auth_time}), which step-up decisions need.
 */
public record Caller(
    String subject,
    String username,
    Set<String> roles,
    String authenticationLevel,
    List<String> authenticationMethods,
    Optional<Instant> authenticatedAt) {

  public Caller {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    authenticationLevel = authenticationLevel == null ? "" : authenticationLevel;
    authenticationMethods = List.copyOf(authenticationMethods);
    Objects.requireNonNull(authenticatedAt, "authenticatedAt");
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
