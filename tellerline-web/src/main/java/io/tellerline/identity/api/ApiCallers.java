package io.tellerline.identity.api;

import io.tellerline.identity.web.TellerlineAuthenticationMechanism;
import io.tellerline.kernel.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller whose bearer token the authentication mechanism verified for this request. */
public final class ApiCallers {

  private ApiCallers() {}

  public static Optional<Caller> current(HttpServletRequest request) {
    return Optional.ofNullable(
        (Caller) request.getAttribute(TellerlineAuthenticationMechanism.API_CALLER));
  }

  /** For resources that the authorization filter already restricted to signed-in callers. */
  public static Caller required(HttpServletRequest request) {
    return current(request).orElseThrow(() -> new IllegalStateException("no verified API caller"));
  }
}
