package io.tellerline.identity.infrastructure;

import io.tellerline.platform.DetailedHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows that keycloak-admin-client's RESTEasy stays in its own class loader: the application's
 * {@code ClientBuilder} must be the server's (Jersey), the isolated one RESTEasy. DOWN if RESTEasy
 * ever leaks into the application. It does not call Keycloak. The class names are details for the
 * monitor only ({@link DetailedHealthCheck}).
 *
 * <p>DOWN, never an exception, while either side cannot be created: Payara asks readiness while the
 * application still deploys, before its configuration resolves, and a check that throws there made
 * {@code /health/ready} answer 500 and log a stack trace at every start.
 */
@Readiness
@ApplicationScoped
public class IdentityAdminIsolationCheck implements DetailedHealthCheck {

  static final String CHECK = "identity-admin-isolation";

  @Inject IsolatedIdentityProvider isolated;

  @Override
  public HealthCheckResponse details() {
    String application = nameOrUnavailable(() -> ClientBuilder.newBuilder().getClass().getName());
    String library = nameOrUnavailable(() -> isolated.isolatedClientBuilder());
    boolean separate = application.contains("jersey") && library.contains("resteasy");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("applicationClientBuilder", application);
    data.put("identityAdminClientBuilder", library);
    return new HealthCheckResponse(
        CHECK,
        separate ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }

  private static String nameOrUnavailable(Supplier<String> className) {
    try {
      return className.get();
    } catch (RuntimeException e) {
      return "unavailable: " + e.getClass().getSimpleName();
    }
  }
}
