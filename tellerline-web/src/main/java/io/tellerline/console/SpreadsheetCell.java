package io.tellerline.console;

/**
 * A CSV field that a spreadsheet opens as text, never as a formula (OWASP "CSV injection"): a field
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, and every
 * field is quoted per RFC 4180. The exports' texts come from customers, so a message like {@code
 * =HYPERLINK(...)} must stay inert when a supervisor opens the file.
 */
final class SpreadsheetCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCell() {}

  static String of(String field) {
    String text = field == null ? "" : field;
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
