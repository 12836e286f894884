package io.tellerline.kernel;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;

/**
 * The principal the authentication mechanism hands the container once it verified a token: the
 * container's caller, with the identity provider's subject besides the user name. Code that needs
 * to know who acts (the audit trail) reads it from the container, never from a parameter.
 */
public final class VerifiedCallerPrincipal extends CallerPrincipal {

  private static final long serialVersionUID = 1L;

  private final String subject;

  public VerifiedCallerPrincipal(Caller caller) {
    super(Objects.requireNonNull(caller, "caller").username());
    this.subject = caller.subject();
  }

  /** The identity provider's stable, pseudonymous id of the caller (OIDC {@code sub}). */
  public String subject() {
    return subject;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerifiedCallerPrincipal that
        && that.getName().equals(getName())
        && that.subject.equals(subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(getName(), subject);
  }
}
