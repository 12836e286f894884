package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.AuthenticationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the bundled authentication policy, with max-age overrides from MicroProfile Config ({@code
 * tellerline.step-up.max-age.<action>}), available for injection.
 */
@ApplicationScoped
public class AuthenticationPolicyProducer {

  private static final Logger LOG = Logger.getLogger(AuthenticationPolicyProducer.class.getName());
  private static final String OVERRIDE_PREFIX = "tellerline.step-up.max-age.";

  @Inject Config config;

  @Produces
  @Singleton // the policy is an immutable value: no client proxy needed
  AuthenticationPolicy policy() {
    AuthenticationPolicy policy =
        AuthenticationPolicyFile.bundled(
            action -> config.getOptionalValue(OVERRIDE_PREFIX + action, String.class));
    LOG.info(
        () ->
            "Authentication policy "
                + policy.version()
                + " loaded: "
                + policy.actions().size()
                + " actions");
    return policy;
  }
}
