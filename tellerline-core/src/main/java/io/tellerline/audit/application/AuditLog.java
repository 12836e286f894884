package io.tellerline.audit.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Port to the tamper-evident log for compliance: search, proofs, verification, exports. */
public interface AuditLog {

  /** Events in the tree, and the size of the latest signed tree head (0 when none yet). */
  record Status(long treeSize, long signedSize, long queued) implements Serializable {}

  Status status();

  List<AuditEntry> search(AuditSearch search, int limit);

  /** The inclusion proof of a leaf against the first signed tree head that covers it. */
  Optional<EventProof> proof(long leafIndex);

  /** The consistency proof between two tree sizes (any, up to the current size). */
  ConsistencyCheck consistency(long first, long second);

  /** Re-checks leaves [0, latest signed size) from the events, and the signed heads. */
  LogVerification verify();

  /**
   * Re-checks leaves [from, to): each event against its stored leaf, and the events plus the range
   * proof against the latest signed root — as the offline verifier checks an export.
   */
  LogVerification verifyRange(long from, long to);

  /** Writes the signed bundle of leaves [from, to) (see tellerline-audit-log); bounded memory. */
  void exportBundle(long from, long to, OutputStream out, LongConsumer progress) throws IOException;

  /** The same events as CSV for spreadsheets (not a proof of anything by itself). */
  void exportCsv(long from, long to, Writer out) throws IOException;
}
