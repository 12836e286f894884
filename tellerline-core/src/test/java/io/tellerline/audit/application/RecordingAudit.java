package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** An {@link Audit} for unit tests: events go to a list, the caller is whoever the test says. */
public final class RecordingAudit {

  private RecordingAudit() {}

  /**
   * @param signedIn the container's verified caller, or null for none (a person's action then
   *     fails, as it does in the server)
   */
  public static Audit into(List<AuditEvent> events, Clock clock, Caller signedIn) {
    return into(events, clock, signedIn, null);
  }

  /**
   * @param source where the request being served came from, or null outside a request
   */
  public static Audit into(
      List<AuditEvent> events, Clock clock, Caller signedIn, RequestSource source) {
    Audit audit = new Audit();
    audit.trail = events::add;
    audit.clock = clock;
    audit.sources = () -> java.util.Optional.ofNullable(source);
    audit.security = new SignedIn(signedIn == null ? null : new VerifiedCallerPrincipal(signedIn));
    return audit;
  }

  private record SignedIn(VerifiedCallerPrincipal principal) implements SecurityContext {

    @Override
    public Principal getCallerPrincipal() {
      return principal;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return principal != null && type.isInstance(principal) ? Set.of((T) principal) : Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
      return false;
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationParameters parameters) {
      throw new UnsupportedOperationException();
    }
  }
}
