package io.tellerline.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real parts are. {@code ./tellerline test} starts Keycloak, finds or starts PostgreSQL
 * and exports these variables; run that, or set them yourself.
 */
public final class TestEnvironment {

  private TestEnvironment() {}

  public static String issuer() {
    return required("TELLERLINE_OIDC_ISSUER");
  }

  public static String databaseUrl() {
    return required("TELLERLINE_DB_URL");
  }

  public static String databaseUser() {
    return required("TELLERLINE_DB_USER");
  }

  public static String databasePassword() {
    String password = System.getenv("TELLERLINE_DB_PASSWORD");
    return password == null ? "" : password;
  }

  /** The role that owns the tables (runs migrations); the application's role when unset. */
  public static String ownerUser() {
    String owner = System.getenv("TELLERLINE_DB_MIGRATION_USER");
    return owner == null || owner.isBlank() ? databaseUser() : owner;
  }

  public static String ownerPassword() {
    String password = System.getenv("TELLERLINE_DB_MIGRATION_PASSWORD");
    return password == null ? databasePassword() : password;
  }

  public static Path file(String systemProperty) {
    String value = System.getProperty(systemProperty);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalStateException(
          "missing "
              + systemProperty
              + " ("
              + value
              + "): run the tests through Maven (./tellerline test)");
    }
    return Path.of(value);
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name
              + " is not set. Run the tests with `./tellerline test`, which starts Keycloak and "
              + "PostgreSQL (or set TELLERLINE_TEST_DB_URL to use your own database).");
    }
    return value;
  }
}
