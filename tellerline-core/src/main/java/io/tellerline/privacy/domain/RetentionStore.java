package io.tellerline.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where retention deletes and counts. Each kind of row due goes in small batches, each batch in its
 * own short transaction, so the chat is never blocked behind a long delete.
 */
public interface RetentionStore {

  /**
   * Deletes what is due, unless another instance of the cluster is running retention now.
   *
   * @param cutoffs per class, rows older than this are due
   * @param batchSize rows (or conversations) per transaction
   * @param deadline stop after the batch running at this moment (the next run continues)
   * @return rows deleted by kind and whether everything due went; empty when another instance holds
   *     the run
   */
  Optional<Purge> purge(Map<RetentionClass, Instant> cutoffs, int batchSize, Instant deadline);

  /** Rows due by kind, deleting nothing. */
  Map<String, Long> countDue(Map<RetentionClass, Instant> cutoffs);

  /** Adds a run to the record of runs. */
  void record(RetentionRun run);

  /** The latest runs, newest first. */
  List<RetentionRun> latest(int max);

  /**
   * What a purge did.
   *
   * @param counts rows deleted by kind, in report order
   * @param complete whether nothing due is left (false: stopped at the deadline)
   */
  record Purge(Map<String, Long> counts, boolean complete) {}
}
