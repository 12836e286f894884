package io.tellerline.platform.bench;

import io.tellerline.platform.persistence.DatabaseMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The database a benchmark runs on: the application's own migrations, one role for everything.
 * Named by the first three arguments of every database benchmark, {@code JDBC_URL USER PASSWORD}
 * (the scripts in benchmarks/ pass an empty password as an empty argument); the benchmark's own
 * arguments follow from {@code args[3]} on.
 */
public record BenchDatabase(String url, String user, String password) {

  public static BenchDatabase fromArguments(String[] args) {
    return new BenchDatabase(args[0], args[1], args[2]);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Applies the migrations the application ships (no demo data), as {@code user}. */
  public void migrate() {
    Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .placeholders(Map.of("app_role", user))
        .load()
        .migrate();
  }

  /** Not the password: a benchmark may print what it ran on. */
  @Override
  public String toString() {
    return "BenchDatabase[" + url + " as " + user + "]";
  }
}
