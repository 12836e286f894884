package io.tellerline.platform;

/**
 * A CSV field that a spreadsheet opens as text, never as a formula (OWASP "CSV injection"): a field
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. The exports'
 * texts come from customers and staff, so a message like {@code =HYPERLINK(...)} must stay inert
 * when a supervisor or an auditor opens the file. Every CSV export of Tellerline goes through here.
 */
public final class SpreadsheetCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCell() {}

  /** The field made inert and quoted per RFC 4180, for exports that write CSV themselves. */
  public static String of(String field) {
    return "\"" + inert(field).replace("\"", "\"\"") + "\"";
  }

  /** The field made inert, unquoted, for a CSV printer that quotes by itself. */
  public static String inert(String field) {
    String text = field == null ? "" : field;
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
