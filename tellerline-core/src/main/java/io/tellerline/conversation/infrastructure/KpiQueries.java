package io.tellerline.conversation.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's SQL, from {@code kpi-dashboard.sql} (the file benchmarks/kpi-dashboard.sh runs
 * with psql): each query after its {@code -- name:} line, its {@code :parameters} turned into
 * positional ones ({@link #PARAMETERS} gives each its number).
 */
public final class KpiQueries {

  /** Parameter names in the order of their positions (1-based). */
  public static final List<String> PARAMETERS =
      List.of("from", "to", "dimension", "idle_hours", "baseline_from", "recent_from");

  static final String FILE = "kpi-dashboard.sql";
  private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z_]+)\\b");
  private static final Map<String, String> QUERIES = load();

  private KpiQueries() {}

  /** The query with positional parameters ({@code ?1} for :from, …). */
  public static String positional(String name) {
    String sql = QUERIES.get(name);
    if (sql == null) {
      throw new IllegalArgumentException("no query " + name + " in " + FILE);
    }
    Matcher matcher = PARAMETER.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int position = PARAMETERS.indexOf(matcher.group(1));
      if (position < 0) {
        throw new IllegalStateException("unknown parameter :" + matcher.group(1) + " in " + name);
      }
      matcher.appendReplacement(out, "?" + (position + 1));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The queries of the file by name, as written (psql's form). */
  public static Map<String, String> asWritten() {
    return Map.copyOf(QUERIES);
  }

  private static Map<String, String> load() {
    try (InputStream in = KpiQueries.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> parse(String file) {
    Map<String, String> queries = new HashMap<>();
    String name = null;
    StringBuilder sql = new StringBuilder();
    for (String line : file.split("\n")) {
      if (line.startsWith("-- name: ")) {
        put(queries, name, sql);
        name = line.substring("-- name: ".length()).strip();
        sql.setLength(0);
      } else if (name != null && !line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    put(queries, name, sql);
    return queries;
  }

  private static void put(Map<String, String> queries, String name, StringBuilder sql) {
    if (name != null) {
      String text = sql.toString().strip();
      queries.put(name, text.endsWith(";") ? text.substring(0, text.length() - 1) : text);
    }
  }
}
