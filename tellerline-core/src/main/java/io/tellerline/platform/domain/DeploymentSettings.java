package io.tellerline.platform.domain;

import java.util.Optional;

/**
 * What the production rules look at, as configured (environment variable names in {@link
 * ProductionReadiness}). Secrets are held only to be checked, never shown.
 *
 * @param production whether the profile is {@code production}
 * @param oidcIssuer the Keycloak realm issuer URL
 * @param consoleClientSecret the console's confidential-client secret
 * @param identityOpsClientSecret the identity-operations service account's secret
 * @param databaseUser the role the application connects as
 * @param databasePassword its password
 * @param migrationUser the owner role that runs the migrations, if set apart
 * @param migrationPassword its password, if set
 * @param demoData whether the demo bank's data is applied
 * @param auditSigningKeystore the keystore with the audit signing key
 * @param privacyKeystore the keystore with the privacy master keys
 * @param monitorToken the token of the monitor that reads readiness details, if set
 * @param authorizedParties the clients whose tokens the API accepts (comma-separated)
 */
public record DeploymentSettings(
    boolean production,
    String oidcIssuer,
    String consoleClientSecret,
    String identityOpsClientSecret,
    String databaseUser,
    String databasePassword,
    Optional<String> migrationUser,
    Optional<String> migrationPassword,
    boolean demoData,
    KeystoreFile auditSigningKeystore,
    KeystoreFile privacyKeystore,
    Optional<String> monitorToken,
    String authorizedParties) {

  /**
   * A keystore as configured: its path, if set, and whether the file could be read at start-up.
   *
   * @param path the configured path
   * @param readable whether a readable file is there
   */
  public record KeystoreFile(Optional<String> path, boolean readable) {

    public static KeystoreFile unset() {
      return new KeystoreFile(Optional.empty(), false);
    }
  }
}
