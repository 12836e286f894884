package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The isolation check while the application still deploys: the isolated provider cannot be created
 * yet (its configuration does not resolve), and the check must say DOWN rather than throw.
 */
class IdentityAdminIsolationCheckTest {

  @Test
  void aProviderThatCannotBeCreatedYetIsDownNotAnError() {
    IdentityAdminIsolationCheck check = new IdentityAdminIsolationCheck();
    check.isolated =
        new IsolatedIdentityProvider() {
          @Override
          String isolatedClientBuilder() {
            // What Payara's configuration producer threw at start-up (server.log, session 17).
            throw new NoSuchElementException("No value present");
          }
        };

    HealthCheckResponse details = check.details();

    assertEquals(HealthCheckResponse.Status.DOWN, details.getStatus());
    assertEquals(
        "unavailable: NoSuchElementException",
        details.getData().orElseThrow().get("identityAdminClientBuilder"));
    assertEquals(HealthCheckResponse.Status.DOWN, check.call().getStatus());
    assertTrue(check.call().getData().isEmpty(), "class names are for the monitor only");
  }
}
