package io.tellerline.identity.api;

import io.tellerline.audit.application.AccessDenials;
import io.tellerline.identity.application.StrongAuthenticationRenewal;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.web.TellerlineAuthenticationMechanism;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import io.tellerline.platform.api.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;

/**
 * Authorizes every API call from the resource's annotations: {@link ApiPermitAll} lets anyone in,
 * {@link ApiRolesAllowed} needs a verified bearer token with one of the roles, and anything else
 * (including the standard {@code RolesAllowed} or {@code PermitAll}, see {@link ApiRolesAllowed})
 * is denied. Answers 401 with an RFC 6750 challenge when the token is missing or was rejected, and
 * with an RFC 9470 challenge when the token falls short of the policy's minimum for every request
 * ({@link AuthenticationPolicy#CUSTOMER_REQUEST}: e.g. {@code acr} "0" or missing, or an {@code
 * auth_time} in the future), whatever the request asks for, or — for a customer — when her last
 * strong authentication is older than PSD2 RTS Art. 10 allows ({@code
 * PeriodicStrongAuthentication}). Refusals of a verified caller are audited.
 */
@Provider
// Before any other authorization filter a container may add, so that every refusal has its RFC 6750
// or RFC 9470 challenge and its audit event.
@Priority(Priorities.AUTHORIZATION - 100)
public class ApiAuthorizationFilter implements ContainerRequestFilter {

  static final String ROLE_NOT_ALLOWED = "role_not_allowed";
  static final String BELOW_MINIMUM = "sign_in_below_minimum";
  static final String STRONG_AUTHENTICATION_DUE = "periodic_strong_authentication_due";

  @Inject AuthenticationPolicy policy;
  @Inject AccessDenials denials;
  @Inject StrongAuthenticationRenewal strongAuthentication;
  @Inject Clock clock;
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      request.abortWith(forbidden());
      return;
    }
    String tokenError =
        (String) servletRequest.getAttribute(TellerlineAuthenticationMechanism.TOKEN_ERROR);
    if (tokenError != null) {
      request.abortWith(challenge(tokenError, "The access token is missing, invalid or expired."));
      return;
    }
    if (method.isAnnotationPresent(ApiPermitAll.class)) {
      return;
    }
    ApiRolesAllowed allowed = method.getAnnotation(ApiRolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(ApiRolesAllowed.class);
    }
    Caller caller = ApiCallers.current(servletRequest).orElse(null);
    if (allowed == null) {
      request.abortWith(forbidden()); // deny by default
    } else if (caller == null) {
      request.abortWith(challenge(null, "Sign in to use this resource."));
    } else if (Arrays.stream(allowed.value()).noneMatch(caller::hasRole)) {
      recordDenial(caller, ROLE_NOT_ALLOWED);
      request.abortWith(forbidden());
    } else {
      PolicyDecision minimum =
          policy.decide(AuthenticationPolicy.CUSTOMER_REQUEST, caller, clock.instant());
      if (!minimum.allowed()) {
        recordDenial(caller, BELOW_MINIMUM);
        request.abortWith(StepUpRequired.withoutPendingAction(minimum));
        return;
      }
      if (caller.hasRole(Role.CUSTOMER)) {
        PolicyDecision renewal = strongAuthentication.check(caller);
        if (!renewal.allowed()) {
          recordDenial(caller, STRONG_AUTHENTICATION_DUE);
          request.abortWith(StepUpRequired.withoutPendingAction(renewal));
        }
      }
    }
  }

  /** A verified caller's refusal is audited; an anonymous or invalid-token one is not. */
  private void recordDenial(Caller caller, String reason) {
    String path = servletRequest.getRequestURI();
    if (caller.hasRole(Role.CUSTOMER)) {
      denials.customerRefused(path, reason);
    } else {
      denials.staffRefused(path, reason);
    }
  }

  static Response challenge(String error, String detail) {
    String header =
        error == null
            ? "Bearer realm=\"tellerline\""
            : "Bearer realm=\"tellerline\", error=\"" + error + "\"";
    return Problem.of(401, "unauthorized", "Unauthorized", detail)
        .header(HttpHeaders.WWW_AUTHENTICATE, header)
        .build();
  }

  private static Response forbidden() {
    return Problem.of(403, "forbidden", "Forbidden", "You may not use this resource.").build();
  }
}
