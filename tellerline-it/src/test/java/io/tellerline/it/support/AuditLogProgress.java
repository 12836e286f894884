package io.tellerline.it.support;

import java.sql.SQLException;
import java.time.Duration;

/**
 * How far the server's audit sequencer and signer have come: events still queued, leaves in the
 * tree, and the size of the latest signed tree head.
 */
public record AuditLogProgress(long queued, long leaves, long signed) {

  public static AuditLogProgress read() throws SQLException {
    return new AuditLogProgress(
        BankDatabase.count("select count(*) from audit_pending"),
        BankDatabase.count("select count(*) from audit_leaf"),
        BankDatabase.count("select coalesce(max(tree_size), 0) from audit_tree_head"));
  }

  /**
   * Waits (30 s; the sequencer and the signer run every second in the tests) until nothing is
   * queued and the latest head signs every leaf; fails naming how far they got.
   */
  public static AuditLogProgress waitUntilEverythingIsSigned() throws Exception {
    return Eventually.within(Duration.ofSeconds(30))
        .until(
            AuditLogProgress::read,
            AuditLogProgress::everythingSigned,
            "the audit log to be sequenced and signed");
  }

  public boolean everythingSigned() {
    return queued == 0 && leaves > 0 && signed == leaves;
  }
}
