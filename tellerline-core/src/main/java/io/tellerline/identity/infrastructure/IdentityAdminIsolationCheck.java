package io.tellerline.identity.infrastructure;

import io.tellerline.platform.DetailedHealthCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientBuilder;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows that keycloak-admin-client's RESTEasy stays in its own class loader: the application's
 * {@code ClientBuilder} must be the server's (Jersey), the isolated one RESTEasy. DOWN if RESTEasy
 * ever leaks into the application. It does not call Keycloak. The class names are details for the
 * monitor only ({@link DetailedHealthCheck}).
 */
@Readiness
@ApplicationScoped
public class IdentityAdminIsolationCheck implements DetailedHealthCheck {

  @Inject IsolatedIdentityProvider isolated;

  @Override
  public HealthCheckResponse details() {
    String application = ClientBuilder.newBuilder().getClass().getName();
    String library = isolated.isolatedClientBuilder();
    boolean separate = !application.contains("resteasy") && library.contains("resteasy");
    return HealthCheckResponse.named("identity-admin-isolation")
        .status(separate)
        .withData("applicationClientBuilder", application)
        .withData("identityAdminClientBuilder", library)
        .build();
  }
}
