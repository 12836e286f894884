package io.tellerline.platform.bench;

import io.tellerline.platform.persistence.DatabaseMigrator;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** The database a benchmark runs on: the application's own migrations, one role for everything. */
public final class BenchDatabase {

  private BenchDatabase() {}

  /** Applies the migrations the application ships (no demo data), as {@code user}. */
  public static void migrate(String url, String user, String password) {
    Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .placeholders(Map.of("app_role", user))
        .load()
        .migrate();
  }
}
