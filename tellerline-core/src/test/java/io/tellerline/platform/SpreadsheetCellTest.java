package io.tellerline.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

  @Test
  void formulaPrefixesAreMadeInert() {
    assertEquals(
        "\"'=HYPERLINK(\"\"http://x\"\")\"", SpreadsheetCell.of("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+1+1\"", SpreadsheetCell.of("+1+1"));
    assertEquals("\"'-2+3\"", SpreadsheetCell.of("-2+3"));
    assertEquals("\"'@SUM(A1)\"", SpreadsheetCell.of("@SUM(A1)"));
    assertEquals("\"'\tcmd\"", SpreadsheetCell.of("\tcmd"));
  }

  @Test
  void ordinaryTextIsOnlyQuoted() {
    assertEquals("\"what is my balance\"", SpreadsheetCell.of("what is my balance"));
    assertEquals(
        "\"a \"\"quoted\"\" word, and a comma\"",
        SpreadsheetCell.of("a \"quoted\" word, and a comma"));
    assertEquals("\"1+1=2\"", SpreadsheetCell.of("1+1=2"));
    assertEquals("\"\"", SpreadsheetCell.of(""));
  }

  @Test
  void inertLeavesQuotingToTheCsvPrinter() {
    assertEquals("'=cmd|' /C calc'!A0", SpreadsheetCell.inert("=cmd|' /C calc'!A0"));
    assertEquals("staff:cora", SpreadsheetCell.inert("staff:cora"));
    assertEquals("", SpreadsheetCell.inert(null));
  }
}
