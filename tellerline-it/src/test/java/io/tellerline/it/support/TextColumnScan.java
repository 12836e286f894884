package io.tellerline.it.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scans every text-like column of every table in the test database (as its owner, so no grant hides
 * a table) for values that must not be stored there in clear, case aside. The tests of personal
 * data, erasure and card secrets share it, so that a new table is scanned by all of them at once.
 */
public final class TextColumnScan {

  /** Where the values were found ("table.column: value"), and every column looked at. */
  public record Findings(List<String> hits, Set<String> scanned) {}

  private static final String TEXT_COLUMNS =
      "select table_name, column_name from information_schema.columns"
          + " where table_schema = 'public' and data_type in"
          + " ('text', 'character varying', 'character', 'json', 'jsonb')"
          + " order by table_name, column_name";

  private TextColumnScan() {}

  /**
   * @param forbiddenIn the values that must not appear in a table (none: the table is not read)
   */
  public static Findings scan(Function<String, List<String>> forbiddenIn) throws SQLException {
    List<String> hits = new ArrayList<>();
    Set<String> scanned = new TreeSet<>();
    try (Connection db = BankDatabase.connectAsOwner();
        ResultSet column = db.createStatement().executeQuery(TEXT_COLUMNS)) {
      while (column.next()) {
        String table = column.getString(1);
        String name = column.getString(2);
        scanned.add(table + "." + name);
        List<String> values = forbiddenIn.apply(table);
        if (!values.isEmpty()) {
          hits.addAll(valuesFoundIn(db, table, name, values));
        }
      }
    }
    return new Findings(hits, scanned);
  }

  /**
   * One query per column: which of the values occur in it (identifiers come from the catalogue).
   */
  private static List<String> valuesFoundIn(
      Connection db, String table, String column, List<String> values) throws SQLException {
    String sql =
        "select v from unnest(?::text[]) v where exists (select 1 from \""
            + table
            + "\" where strpos(lower(\""
            + column
            + "\"::text), v) > 0)";
    List<String> found = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      Array lowered =
          db.createArrayOf(
              "text", values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toArray());
      query.setArray(1, lowered);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(table + "." + column + ": " + rows.getString(1));
        }
      }
    }
    return found;
  }
}
