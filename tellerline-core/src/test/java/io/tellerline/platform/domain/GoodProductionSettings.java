package io.tellerline.platform.domain;

import io.tellerline.platform.domain.DeploymentSettings.KeystoreFile;
import java.util.Optional;

/**
 * Test settings: a production deployment as the operations manual describes it, with nothing to
 * object to; each {@code with...} spoils one setting.
 */
public final class GoodProductionSettings {

  public static final KeystoreFile READABLE = new KeystoreFile(Optional.of("/keys/k.p12"), true);

  public boolean production = true;
  public String issuer = "https://login.bank.example/realms/tellerline";
  public String consoleSecret = "console-5eCr3t";
  public String identityOpsSecret = "ops-5eCr3t";
  public String databaseUser = "tellerline_app";
  public String databasePassword = "app-5eCr3t";
  public Optional<String> migrationUser = Optional.of("tellerline_owner");
  public Optional<String> migrationPassword = Optional.of("owner-5eCr3t");
  public boolean demoData;
  public KeystoreFile auditSigningKeystore = READABLE;
  public KeystoreFile privacyKeystore = READABLE;
  public Optional<String> monitorToken = Optional.of("monitor-5eCr3t");
  public String authorizedParties = "tellerline-chat";

  public DeploymentSettings build() {
    return new DeploymentSettings(
        production,
        issuer,
        consoleSecret,
        identityOpsSecret,
        databaseUser,
        databasePassword,
        migrationUser,
        migrationPassword,
        demoData,
        auditSigningKeystore,
        privacyKeystore,
        monitorToken,
        authorizedParties);
  }
}
