package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.AuditRecord;
import io.tellerline.platform.SpreadsheetCell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A range of the audit log as RFC 4180 CSV for a spreadsheet: one row per event, streamed from a
 * server-side cursor. Unlike the signed bundle it proves nothing; it is for reading, so text that a
 * spreadsheet would run as a formula is made inert ({@link SpreadsheetCell}).
 */
final class AuditCsvExport {

  private static final String[] HEADER = {
    "leaf_index", "event_id", "occurred_at", "type", "actor", "conversation_id", "payload"
  };

  private AuditCsvExport() {}

  static void write(AuditLogStore store, long from, long to, Writer out) throws SQLException {
    AuditLogStore.requireRange(from, to, store.size());
    // Not closed: closing the printer closes the writer, which is the caller's (a servlet's
    // response, which it still flushes). The printer holds nothing else.
    try (PreparedStatement query = store.eventsByLeaf(from, to);
        ResultSet rows = query.executeQuery()) {
      CSVPrinter csv = printer(out);
      while (rows.next()) {
        row(csv, AuditLogStore.record(rows.getLong(8), rows));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CSVPrinter printer(Writer out) throws IOException {
    return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
  }

  /** One event; every text field inert: actors and payloads carry what people typed. */
  static void row(CSVPrinter csv, AuditRecord record) throws IOException {
    csv.printRecord(
        record.index(),
        SpreadsheetCell.inert(record.id()),
        SpreadsheetCell.inert(record.occurredAt()),
        SpreadsheetCell.inert(record.type()),
        SpreadsheetCell.inert(record.actor()),
        SpreadsheetCell.inert(record.conversationId()),
        SpreadsheetCell.inert(record.payload()));
  }
}
