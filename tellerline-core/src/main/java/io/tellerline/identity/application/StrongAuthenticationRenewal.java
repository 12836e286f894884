package io.tellerline.identity.application;

import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PeriodicStrongAuthentication;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.identity.domain.StrongAuthentications;
import io.tellerline.kernel.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Applies {@link PeriodicStrongAuthentication} to a customer's request: a strong token is recorded
 * (with its {@code auth_time}), a password token is let through only while the recorded one is
 * recent enough.
 */
// An EJB, not a CDI bean: it is called from the web module (the API's filter), and in the EAR only
// the EJB module's components reach its persistence unit.
@Stateless
public class StrongAuthenticationRenewal {

  @Inject StrongAuthentications history;
  @Inject AuthenticationPolicy policy;
  @Inject Clock clock;

  public PolicyDecision check(Caller customer) {
    Instant now = clock.instant();
    if (PeriodicStrongAuthentication.isStrong(customer)) {
      // The token's auth_time is when the second factor was given; the verifier refused it if it
      // lies in the future, and a token without one counts from now.
      history.record(customer.subject(), customer.authenticatedAt().orElse(now));
      return PeriodicStrongAuthentication.decide(
          customer, java.util.Optional.empty(), now, policy.version());
    }
    return PeriodicStrongAuthentication.decide(
        customer, history.lastOf(customer.subject()), now, policy.version());
  }
}
