package io.tellerline.platform.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a deployment may serve a bank's customers: in the production profile every development
 * convenience is a problem — a secret or password marked as a development value, a missing
 * keystore, the demo bank's data, the migration role equal to the application's role (which would
 * let the application alter its own audit log), an issuer that is not HTTPS. Outside production
 * nothing is checked: development runs on exactly those conveniences. Each problem names the
 * setting to change, never its value.
 */
public final class ProductionReadiness {

  /**
   * Every development value the project publishes says so ({@code tellerline-console-dev-only},
   * {@code admin-dev-only}, {@code privacy-keys-DEV-ONLY}...); a production secret never does.
   */
  private static final String DEVELOPMENT_MARK = "dev-only";

  private final List<String> problems;

  private ProductionReadiness(List<String> problems) {
    this.problems = List.copyOf(problems);
  }

  public static ProductionReadiness of(DeploymentSettings settings) {
    List<String> problems = new ArrayList<>();
    if (settings.production()) {
      secret("TELLERLINE_CONSOLE_CLIENT_SECRET", settings.consoleClientSecret(), problems);
      secret("TELLERLINE_IDENTITY_OPS_CLIENT_SECRET", settings.identityOpsClientSecret(), problems);
      secret("TELLERLINE_DB_PASSWORD", settings.databasePassword(), problems);
      settings
          .migrationPassword()
          .ifPresent(password -> secret("TELLERLINE_DB_MIGRATION_PASSWORD", password, problems));
      settings
          .monitorToken()
          .ifPresent(token -> secret("TELLERLINE_MONITOR_TOKEN", token, problems));
      keystore("TELLERLINE_AUDIT_SIGNING_KEYSTORE", settings.auditSigningKeystore(), problems);
      keystore("TELLERLINE_PRIVACY_KEYSTORE", settings.privacyKeystore(), problems);
      if (settings.demoData()) {
        problems.add(
            "TELLERLINE_DEMO_DATA is true: the demo bank's customers and data never go live");
      }
      migrationRole(settings.databaseUser(), settings.migrationUser(), problems);
      issuer(settings.oidcIssuer(), problems);
      authorizedParties(settings.authorizedParties(), problems);
    }
    return new ProductionReadiness(problems);
  }

  public boolean ready() {
    return problems.isEmpty();
  }

  /** One line per problem, in the order the settings are documented. */
  public List<String> problems() {
    return problems;
  }

  private static void secret(String name, String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(name + " is not set");
    } else if (value.toLowerCase(Locale.ROOT).contains(DEVELOPMENT_MARK)) {
      problems.add(name + " is a published development value: set the real secret");
    }
  }

  private static void keystore(
      String name, DeploymentSettings.KeystoreFile keystore, List<String> problems) {
    if (keystore.path().filter(path -> !path.isBlank()).isEmpty()) {
      problems.add(name + " is not set: production never uses a generated DEV-ONLY key");
    } else if (!keystore.readable()) {
      problems.add(name + " names no readable file");
    }
  }

  private static void migrationRole(
      String applicationUser, Optional<String> migrationUser, List<String> problems) {
    if (migrationUser.filter(user -> !user.isBlank()).isEmpty()) {
      problems.add(
          "TELLERLINE_DB_MIGRATION_USER is not set: the owner of the tables (and of the audit"
              + " log) must be another role than the application's");
    } else if (migrationUser.get().equals(applicationUser)) {
      problems.add(
          "TELLERLINE_DB_MIGRATION_USER equals TELLERLINE_DB_USER: the application's role would"
              + " own the audit log");
    }
  }

  /**
   * A development client (the load harness's password-grant client, {@code
   * tellerline-load-dev-only}) must never be trusted to call the API of a real bank.
   */
  private static void authorizedParties(String parties, List<String> problems) {
    if (parties != null && parties.toLowerCase(Locale.ROOT).contains(DEVELOPMENT_MARK)) {
      problems.add(
          "TELLERLINE_API_AUTHORIZED_PARTIES names a development client (its id says so): trust"
              + " only the bank's own clients");
    }
  }

  private static void issuer(String issuer, List<String> problems) {
    URI uri;
    try {
      uri = URI.create(issuer == null ? "" : issuer.strip());
    } catch (IllegalArgumentException e) {
      problems.add("TELLERLINE_OIDC_ISSUER is not a URL");
      return;
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      problems.add(
          "TELLERLINE_OIDC_ISSUER is not an https:// URL (plain HTTP, even to localhost, only in"
              + " development)");
    }
  }
}
