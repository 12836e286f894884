package io.tellerline.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tellerline.audit.log.AuditRecord;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvExportTest {

  @Test
  void formulaCellsComeOutInert() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = AuditCsvExport.printer(out)) {
      AuditCsvExport.row(
          csv,
          new AuditRecord(
              7,
              "e-1",
              "2026-12-06T11:00:00Z",
              "STAFF_NOTE_ADDED",
              "=cmd|' /C calc'!A0",
              null,
              "{\"reason\":\"=HYPERLINK(\\\"http://x\\\")\"}"));
    }
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords();
    CSVRecord row = rows.get(0);
    assertEquals("'=cmd|' /C calc'!A0", row.get("actor"));
    assertEquals("7", row.get("leaf_index"));
    assertEquals("STAFF_NOTE_ADDED", row.get("type"));
    for (String cell : row.values()) {
      assertFalse(
          !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
          "no cell a spreadsheet would run: " + cell);
    }
  }

  @Test
  void aPayloadBeginningWithAFormulaIsInertToo() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = AuditCsvExport.printer(out)) {
      AuditCsvExport.row(
          csv, new AuditRecord(0, "e-2", "2026-12-06T11:00:00Z", "X", "system", "c-1", "@SUM(A1)"));
    }
    assertEquals(
        "'@SUM(A1)",
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(out.toString()))
            .getRecords()
            .get(0)
            .get("payload"));
  }
}
