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
import java.util.Optional;

/**
 * Applies {@link PeriodicStrongAuthentication} to a customer's request: a strong token is recorded
 * (with its {@code auth_time}), a password token is let through only while the recorded one is
 * recent enough. Called for every API request of a customer: what this instance already knows
 * ({@link KnownStrongAuthentications}) spares the database unless it could change the answer.
 */
// An EJB, not a CDI bean: it is called from the web module (the API's filter), and in the EAR only
// the EJB module's components reach its persistence unit.
@Stateless
public class StrongAuthenticationRenewal {

  @Inject StrongAuthentications history;
  @Inject KnownStrongAuthentications known;
  @Inject AuthenticationPolicy policy;
  @Inject Clock clock;

  public PolicyDecision check(Caller customer) {
    Instant now = clock.instant();
    String subject = customer.subject();
    if (PeriodicStrongAuthentication.isStrong(customer)) {
      // The token's auth_time is when the second factor was given; the verifier refused it if it
      // lies in the future, and a token without one counts from now.
      Instant at = customer.authenticatedAt().orElse(now);
      if (known.isNews(subject, at, now)) {
        history.record(subject, at);
        known.remember(subject, at, now);
      }
      return PeriodicStrongAuthentication.decide(customer, Optional.empty(), now, policy.version());
    }
    PolicyDecision fromMemory =
        PeriodicStrongAuthentication.decide(
            customer, known.of(subject, now), now, policy.version());
    if (fromMemory.allowed()) {
      return fromMemory; // the record is at least as recent, so it allows too
    }
    Optional<Instant> recorded = history.lastOf(subject);
    recorded.ifPresent(at -> known.remember(subject, at, now));
    return PeriodicStrongAuthentication.decide(customer, recorded, now, policy.version());
  }
}
