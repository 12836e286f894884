package io.tellerline.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the application's database directly, to check what the API says against the truth. */
public final class BankDatabase {

  private BankDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        TestEnvironment.databaseUrl(),
        TestEnvironment.databaseUser(),
        TestEnvironment.databasePassword());
  }

  /** As the tables' owner: what a database administrator could do behind the application. */
  public static Connection connectAsOwner() throws SQLException {
    return DriverManager.getConnection(
        TestEnvironment.databaseUrl(),
        TestEnvironment.ownerUser(),
        TestEnvironment.ownerPassword());
  }

  /** The balances of the customer linked to this Keycloak user, in the API's account order. */
  public static List<BigDecimal> balancesOf(DemoUser user) throws SQLException {
    String sql =
        "select a.balance from account a join customer c on c.id = a.customer_id"
            + " where c.idp_subject = ? order by a.opened_on, a.id";
    List<BigDecimal> balances = new ArrayList<>();
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, user.id());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          balances.add(rows.getBigDecimal(1));
        }
      }
    }
    return balances;
  }

  public static long count(String sql, Object... parameters) throws SQLException {
    return ((Number) single(sql, parameters)).longValue();
  }

  /** The first column of the first row (the query must return one). */
  public static Object single(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no row for: " + sql);
        }
        return rows.getObject(1);
      }
    }
  }

  /** Runs an update, e.g. to put demo data back as a test found it. */
  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }
}
