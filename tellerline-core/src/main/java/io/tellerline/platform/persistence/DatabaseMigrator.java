package io.tellerline.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's PostgreSQL datasource from environment variables (Payara's {@code
 * ${ENV=NAME:default}} substitution, on Payara Server and Micro alike) and brings the schema up to
 * date with Flyway before anything else runs. Bean-managed transactions: Flyway controls its own.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = DatabaseMigrator.DATASOURCE,
      className = DatabaseMigrator.DRIVER_DATASOURCE,
      url = DatabaseMigrator.URL,
      user = DatabaseMigrator.USER,
      password = DatabaseMigrator.PASSWORD,
      // reWriteBatchedInserts: the audit sequencer's batches become multi-row INSERTs.
      // The rest bounds what a request waits for a database that is down, partitioned or failing
      // over (cluster/drills: a clean 503 within 5 s, never a hang): connecting (per host of a
      // multi-host URL) and logging in, a read that gets no answer (a turn needs milliseconds;
      // large reads go through cursors in small fetches), and waiting for a pooled connection.
      // Pooled connections are validated before use (at most once a second per connection) and
      // all of them are dropped when one is found broken, so that after a failover the pool
      // reconnects to the new primary at once instead of handing out dead connections one by one.
      properties = {
        "stringType=unspecified",
        "ApplicationName=tellerline",
        "reWriteBatchedInserts=true",
        "connectTimeout=1",
        "loginTimeout=5",
        "socketTimeout=3",
        "tcpKeepAlive=true",
        "fish.payara.max-wait-time-in-millis=2000",
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=" + DatabaseMigrator.POSTGRES_VALIDATION,
        "fish.payara.validate-atmost-once-period-in-seconds=1",
        "fish.payara.fail-all-connections=true"
      },
      minPoolSize = 2,
      maxPoolSize = 32),
  // Usage counters only: connections outside any transaction (each statement commits on its
  // own), so a counter's row is locked for one statement, not for the turn around it. Their
  // commits do not wait for the disk (synchronous_commit off): a crash may forget the last
  // milliseconds of counts, which a rate limit can afford. Same bounds on every wait as above,
  // repeated because an annotation's array cannot be shared: change both together.
  @DataSourceDefinition(
      name = DatabaseMigrator.COUNTERS_DATASOURCE,
      className = DatabaseMigrator.DRIVER_DATASOURCE,
      url = DatabaseMigrator.URL,
      user = DatabaseMigrator.USER,
      password = DatabaseMigrator.PASSWORD,
      transactional = false,
      properties = {
        "ApplicationName=tellerline-counters",
        "options=-c synchronous_commit=off",
        "connectTimeout=1",
        "loginTimeout=5",
        "socketTimeout=3",
        "tcpKeepAlive=true",
        "fish.payara.max-wait-time-in-millis=2000",
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=custom-validation",
        "fish.payara.validation-classname=" + DatabaseMigrator.POSTGRES_VALIDATION,
        "fish.payara.validate-atmost-once-period-in-seconds=1",
        "fish.payara.fail-all-connections=true"
      },
      minPoolSize = 1,
      maxPoolSize = 16)
})
@Singleton
@Startup
// Production settings are checked first: a refused start never migrates the database.
@DependsOn("ProductionGate")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  public static final String DATASOURCE = "java:app/jdbc/tellerline";

  /** Non-transactional connections for the usage counters (each statement its own commit). */
  public static final String COUNTERS_DATASOURCE = "java:app/jdbc/tellerline-counters";

  static final String DRIVER_DATASOURCE = "org.postgresql.ds.PGSimpleDataSource";
  static final String URL = "${ENV=TELLERLINE_DB_URL:jdbc:postgresql://127.0.0.1:5432/tellerline}";
  static final String USER = "${ENV=TELLERLINE_DB_USER:tellerline}";
  static final String PASSWORD = "${ENV=TELLERLINE_DB_PASSWORD:tellerline-dev-only}";
  static final String POSTGRES_VALIDATION =
      "org.glassfish.api.jdbc.validation.PostgresConnectionValidation";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "tellerline.demo-data", defaultValue = "false")
  boolean demoData;

  /**
   * The owner role that runs migrations (owns the tables). Unset: the application's own role, which
   * is fine for development but gives up the audit log's role separation.
   */
  @Inject
  @ConfigProperty(name = "tellerline.db.migration-user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "tellerline.db.migration-password")
  Optional<String> migrationPassword;

  /** Where the database is, and the role the migrations grant what the application may do. */
  @Inject DatabaseSettings database;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoData) {
      locations.add("classpath:db/demo");
    }
    long started = System.nanoTime();
    FluentConfiguration flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader());
    if (migrationUser.isPresent()) {
      flyway.dataSource(database.url(), migrationUser.get(), migrationPassword.orElse(""));
    } else {
      flyway.dataSource(dataSource);
    }
    MigrateResult result =
        flyway
            .placeholders(java.util.Map.of("app_role", database.user()))
            .locations(locations.toArray(String[]::new))
            // A database once seeded with demo data stays valid when demo data is switched off.
            .ignoreMigrationPatterns(demoData ? new String[0] : new String[] {"*:missing"})
            // Demo data (V100+) shares the history; core migrations written later (V5, V6...)
            // must still apply to a demo database. Without demo data the order is strict.
            .outOfOrder(demoData)
            .load()
            .migrate();
    LOG.info(
        () ->
            "database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied, demo data "
                + (demoData ? "on" : "off")
                + ") in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
