package io.tellerline.privacy.infrastructure;

/**
 * The SQL of retention, one place for what a run deletes and what a dry run counts, so that the two
 * cannot drift apart. Every selection of rows to delete takes {@code for update skip locked}: a row
 * a chat turn holds right now is left for the next run instead of making the turn wait.
 */
final class RetentionStatements {

  /** Conversations idle since before the cut-off (parameters: cut-off, batch size). */
  static final String DUE_CONVERSATIONS =
      "select id from conversation where last_activity_at < ? order by last_activity_at"
          + " limit ? for update skip locked";

  /**
   * What hangs on a batch of conversations (parameter: their ids), children first; the count of the
   * conversation_message statement is reported as messages.
   */
  static final String[] CONVERSATION_CHILDREN = {
    "delete from pii_reveal where protected_value_id in"
        + " (select id from protected_value where conversation_id = any(?))",
    "delete from protected_value where conversation_id = any(?)",
    "delete from intent_correction where conversation_id = any(?)",
    "delete from conversation_note where conversation_id = any(?)",
    "delete from pending_action_parameter where pending_action_id in"
        + " (select id from pending_action where conversation_id = any(?))",
    "delete from pending_action where conversation_id = any(?)",
    "delete from conversation_task where conversation_id = any(?)",
  };

  static final String DELETE_MESSAGES =
      "delete from conversation_message where conversation_id = any(?)";
  static final String DELETE_CONVERSATIONS = "delete from conversation where id = any(?)";

  /** Pending actions decided or expired, created before the cut-off (cut-off twice, batch). */
  static final String DUE_PENDING_ACTIONS =
      "select id from pending_action where created_at < ? and (status <> 'PENDING' or expires_at < ?)"
          + " limit ? for update skip locked";

  static final String DELETE_PARAMETERS =
      "delete from pending_action_parameter where pending_action_id = any(?)";
  static final String DELETE_PENDING_ACTIONS = "delete from pending_action where id = any(?)";

  /** Single-statement batches: cut-off, batch size. */
  static final String DELETE_REVEALS =
      "delete from pii_reveal where id in (select id from pii_reveal where revealed_at < ?"
          + " limit ? for update skip locked)";

  static final String DELETE_NOTES =
      "delete from conversation_note where id in (select id from conversation_note"
          + " where created_at < ? limit ? for update skip locked)";

  static final String DELETE_CORRECTIONS =
      "delete from intent_correction where id in (select id from intent_correction"
          + " where corrected_at < ? limit ? for update skip locked)";

  static final String DELETE_USAGE_COUNTERS =
      "delete from usage_counter where ctid = any(array(select ctid from usage_counter"
          + " where window_start < ? limit ? for update skip locked))";

  static final String DELETE_STREAM_LEASES =
      "delete from event_stream_lease where id in (select id from event_stream_lease"
          + " where expires_at < ? limit ? for update skip locked)";

  /**
   * The data keys whose every value is due: older than the conversations' cut-off, with no value in
   * a conversation that is kept, and a customer with no conversation that is kept. A key nothing
   * kept needs is destroyed rather than left: copies of its values outside the live database
   * (replicas, backups) are unreadable once the backups' own copies of the wrapped key go too.
   */
  private static final String KEYS_DUE =
      " from customer_data_key k where k.destroyed_at is null and k.created_at < ?"
          + " and not exists (select 1 from protected_value v join conversation c"
          + " on c.id = v.conversation_id where v.data_key_id = k.key_id and c.last_activity_at >= ?)"
          + " and not exists (select 1 from conversation c where c.customer_id = k.customer_id"
          + " and c.last_activity_at >= ?)";

  /** Parameters: cut-off three times, batch size. */
  static final String SHRED_KEYS =
      "update customer_data_key set wrapped_key = null, master_key_id = null, destroyed_at = now()"
          + " where key_id in (select k.key_id"
          + KEYS_DUE
          + " limit ? for update of k skip locked)";

  // --- what a dry run counts (same predicates) ---------------------------------------------------

  static final String COUNT_CONVERSATIONS =
      "select count(*) from conversation where last_activity_at < ?";
  static final String COUNT_MESSAGES =
      "select count(*) from conversation_message m join conversation c on c.id = m.conversation_id"
          + " where c.last_activity_at < ?";
  static final String COUNT_PENDING_ACTIONS =
      "select count(*) from pending_action where created_at < ?"
          + " and (status <> 'PENDING' or expires_at < ?)";
  static final String COUNT_REVEALS = "select count(*) from pii_reveal where revealed_at < ?";
  static final String COUNT_NOTES = "select count(*) from conversation_note where created_at < ?";
  static final String COUNT_CORRECTIONS =
      "select count(*) from intent_correction where corrected_at < ?";
  static final String COUNT_RATE_LIMITS =
      "select (select count(*) from usage_counter where window_start < ?)"
          + " + (select count(*) from event_stream_lease where expires_at < ?)";
  static final String COUNT_KEYS = "select count(*)" + KEYS_DUE;

  private RetentionStatements() {}
}
