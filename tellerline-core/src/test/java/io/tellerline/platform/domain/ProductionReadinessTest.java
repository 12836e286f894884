package io.tellerline.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.platform.domain.DeploymentSettings.KeystoreFile;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One test per production rule: settings a bank would run on, with the one bad value. */
class ProductionReadinessTest {

  @Test
  void aProperProductionDeploymentIsReady() {
    assertTrue(ProductionReadiness.of(new GoodProductionSettings().build()).ready());
  }

  @Test
  void refusesTheDevelopmentConsoleClientSecret() {
    assertOnlyProblem(
        "TELLERLINE_CONSOLE_CLIENT_SECRET is a published development value",
        s -> s.consoleSecret = "tellerline-console-dev-only");
  }

  @Test
  void refusesTheDevelopmentIdentityOpsSecret() {
    assertOnlyProblem(
        "TELLERLINE_IDENTITY_OPS_CLIENT_SECRET is a published development value",
        s -> s.identityOpsSecret = "tellerline-identity-ops-DEV-ONLY");
  }

  @Test
  void refusesAMissingSecret() {
    assertOnlyProblem("TELLERLINE_CONSOLE_CLIENT_SECRET is not set", s -> s.consoleSecret = " ");
  }

  @Test
  void refusesTheDefaultDatabasePassword() {
    assertOnlyProblem(
        "TELLERLINE_DB_PASSWORD is a published development value",
        s -> s.databasePassword = "tellerline-dev-only");
  }

  @Test
  void refusesTheDefaultMigrationPassword() {
    assertOnlyProblem(
        "TELLERLINE_DB_MIGRATION_PASSWORD is a published development value",
        s -> s.migrationPassword = Optional.of("tellerline-owner-dev-only"));
  }

  @Test
  void refusesTheDevelopmentMonitorToken() {
    assertOnlyProblem(
        "TELLERLINE_MONITOR_TOKEN is a published development value",
        s -> s.monitorToken = Optional.of("tellerline-monitor-dev-only"));
  }

  @Test
  void noMonitorTokenIsFineNobodyGetsTheDetailsThen() {
    GoodProductionSettings settings = new GoodProductionSettings();
    settings.monitorToken = Optional.empty();
    assertTrue(ProductionReadiness.of(settings.build()).ready());
  }

  @Test
  void refusesAMissingAuditSigningKeystore() {
    assertOnlyProblem(
        "TELLERLINE_AUDIT_SIGNING_KEYSTORE is not set",
        s -> s.auditSigningKeystore = KeystoreFile.unset());
  }

  @Test
  void refusesAPrivacyKeystoreThatIsNotThere() {
    assertOnlyProblem(
        "TELLERLINE_PRIVACY_KEYSTORE names no readable file",
        s -> s.privacyKeystore = new KeystoreFile(Optional.of("/keys/gone.p12"), false));
  }

  @Test
  void refusesDemoData() {
    assertOnlyProblem("TELLERLINE_DEMO_DATA is true", s -> s.demoData = true);
  }

  @Test
  void refusesTheMigrationRoleEqualToTheApplicationRole() {
    assertOnlyProblem(
        "TELLERLINE_DB_MIGRATION_USER equals TELLERLINE_DB_USER",
        s -> s.migrationUser = Optional.of(s.databaseUser));
  }

  @Test
  void refusesNoMigrationRoleAtAll() {
    assertOnlyProblem(
        "TELLERLINE_DB_MIGRATION_USER is not set",
        s -> {
          s.migrationUser = Optional.empty();
          s.migrationPassword = Optional.empty();
        });
  }

  @Test
  void refusesAPlainHttpIssuerEvenOnLocalhost() {
    for (String issuer :
        List.of("http://localhost:8180/realms/tellerline", "http://login.bank.example/realms/t")) {
      assertOnlyProblem("TELLERLINE_OIDC_ISSUER is not an https:// URL", s -> s.issuer = issuer);
    }
  }

  @Test
  void refusesTheLoadHarnessClientAsAnAuthorizedParty() {
    assertOnlyProblem(
        "TELLERLINE_API_AUTHORIZED_PARTIES names a development client",
        s -> s.authorizedParties = "tellerline-chat,tellerline-load-dev-only");
  }

  @Test
  void developmentAcceptsEveryDevelopmentValue() {
    GoodProductionSettings development = developmentDefaults();
    development.production = false;
    assertTrue(ProductionReadiness.of(development.build()).ready());
  }

  @Test
  void listsEveryProblemOfTheDevelopmentDefaultsAtOnce() {
    List<String> problems = ProductionReadiness.of(developmentDefaults().build()).problems();
    assertEquals(9, problems.size(), String.join("\n", problems));
    assertFalse(
        problems.stream().anyMatch(problem -> problem.contains("dev-only")),
        "no problem repeats a secret's value");
  }

  /** What an artifact started without any configuration would run on. */
  private static GoodProductionSettings developmentDefaults() {
    GoodProductionSettings s = new GoodProductionSettings();
    s.issuer = "http://localhost:8180/realms/tellerline";
    s.consoleSecret = "tellerline-console-dev-only";
    s.identityOpsSecret = "tellerline-identity-ops-dev-only";
    s.databaseUser = "tellerline";
    s.databasePassword = "tellerline-dev-only";
    s.migrationUser = Optional.empty();
    s.migrationPassword = Optional.empty();
    s.demoData = true;
    s.auditSigningKeystore = KeystoreFile.unset();
    s.privacyKeystore = KeystoreFile.unset();
    s.authorizedParties = "tellerline-chat,tellerline-load-dev-only";
    return s;
  }

  private static void assertOnlyProblem(String expected, Consumer<GoodProductionSettings> spoil) {
    GoodProductionSettings settings = new GoodProductionSettings();
    spoil.accept(settings);
    List<String> problems = ProductionReadiness.of(settings.build()).problems();
    assertEquals(1, problems.size(), String.join("\n", problems));
    assertTrue(problems.get(0).startsWith(expected), problems.get(0));
  }
}
