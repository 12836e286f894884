package io.tellerline.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Developer tooling behind {@code ./tellerline}: not part of the product.
 *
 * <pre>
 * postgres   DATA_DIR PORT DATABASE   start an embedded PostgreSQL keeping its data in DATA_DIR, make
 *                                     sure DATABASE exists, print READY, run until stopped
 * create-db  JDBC_URL USER DATABASE [--recreate]
 *                                     create DATABASE on an existing server (drop it first with --recreate)
 * </pre>
 */
public final class DevStack {

  private DevStack() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 4 && args[0].equals("postgres")) {
      runEmbeddedPostgres(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
    } else if (args.length >= 4 && args[0].equals("create-db")) {
      boolean recreate = Arrays.asList(args).contains("--recreate");
      try (Connection connection = DriverManager.getConnection(args[1], args[2], "")) {
        createDatabase(connection, args[3], recreate);
      }
    } else {
      System.err.println(
          "usage: postgres DATA_DIR PORT DATABASE | create-db JDBC_URL USER DATABASE [--recreate]");
      System.exit(2);
    }
  }

  private static void runEmbeddedPostgres(Path dataDir, int port, String database)
      throws IOException, SQLException, InterruptedException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (IOException e) {
                    System.err.println(
                        "embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      createDatabase(connection, database, false);
    }
    System.out.println("READY jdbc:postgresql://127.0.0.1:" + port + "/" + database);
    System.out.flush();
    stopped.await();
  }

  static final String OWNER_ROLE = "tellerline_owner";
  static final String APP_ROLE = "tellerline_app";

  private static void createDatabase(Connection connection, String database, boolean recreate)
      throws SQLException {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("database name must be lower-case letters, digits, _");
    }
    try (Statement statement = connection.createStatement()) {
      if (recreate) {
        statement.execute("drop database if exists " + database + " with (force)");
      }
      boolean exists;
      try (var rows =
          statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        exists = rows.next();
      }
      createRoles(statement);
      if (!exists) {
        statement.execute("create database " + database + " owner " + OWNER_ROLE);
      }
    }
  }

  /**
   * The two roles Tellerline connects as (development and test passwords only): the owner runs the
   * migrations and owns every table; the application may change business data but can only INSERT
   * and SELECT the audit log (grants in db-migrations/V6).
   */
  private static void createRoles(Statement statement) throws SQLException {
    for (String[] role :
        new String[][] {
          {OWNER_ROLE, "tellerline-owner-dev-only"}, {APP_ROLE, "tellerline-app-dev-only"}
        }) {
      try (var rows =
          statement.executeQuery("select 1 from pg_roles where rolname = '" + role[0] + "'")) {
        if (rows.next()) {
          continue;
        }
      }
      statement.execute(
          "create role "
              + role[0]
              + " login nosuperuser nocreatedb nocreaterole password '"
              + role[1]
              + "'");
    }
  }
}
