package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.AuditRecord;
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
 * server-side cursor. Unlike the signed bundle it proves nothing; it is for reading.
 */
final class AuditCsvExport {

  private static final String[] HEADER = {
    "leaf_index", "event_id", "occurred_at", "type", "actor", "conversation_id", "payload"
  };

  private AuditCsvExport() {}

  static void write(AuditLogStore store, long from, long to, Writer out) throws SQLException {
    AuditLogStore.requireRange(from, to, store.size());
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        PreparedStatement query = store.eventsByLeaf(from, to);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        AuditRecord record = AuditLogStore.record(rows.getLong(8), rows);
        csv.printRecord(
            record.index(),
            record.id(),
            record.occurredAt(),
            record.type(),
            record.actor(),
            record.conversationId(),
            record.payload());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
