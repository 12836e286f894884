package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.AuditBundleWriter;
import io.tellerline.audit.log.AuditRecord;
import io.tellerline.audit.log.CompactRange;
import io.tellerline.audit.log.MerkleHashes;
import io.tellerline.audit.log.MerkleTree;
import io.tellerline.audit.log.Proofs;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.audit.log.SubtreeHashes;
import io.tellerline.audit.log.TreeHead;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Merkle log in PostgreSQL, on one JDBC connection (the caller owns its transaction): the
 * sequencing step, tree heads, and subtree hashes for proofs. Plain JDBC on purpose: the sequencer
 * writes thousands of rows per second in batches, and the same code serves benchmarks.
 */
public final class AuditLogStore implements SubtreeHashes {

  /**
   * How every event enters the log: the event row and its queue row in one statement, in the
   * caller's transaction. Parameters: id, occurred_at, event_type, actor, conversation_id, payload.
   */
  public static final String APPEND_EVENT =
      "with event as (insert into audit_event"
          + " (id, occurred_at, event_type, actor, conversation_id, payload)"
          + " values (cast(? as uuid), ?, ?, ?, cast(? as uuid), ?) returning seq)"
          + " insert into audit_pending (event_seq) select seq from event";

  /** Key of the transaction-level advisory lock that makes one sequencer run at a time. */
  static final long SEQUENCER_LOCK = 0x7e11e71e_a0d17L;

  private final Connection connection;
  private final SignedHeadStore signed;
  private final Map<Long, byte[]> cache = new HashMap<>();

  public AuditLogStore(Connection connection) {
    this.signed = new SignedHeadStore(connection);
    this.connection = connection;
  }

  /** Leaves in the tree. */
  public long size() throws SQLException {
    return queryLong("select coalesce(max(leaf_index) + 1, 0) from audit_leaf");
  }

  /**
   * Gives up to {@code limit} queued events their leaf indexes, in queue order, if no other
   * sequencer holds the lock; returns how many were added (0 also when another instance is busy).
   */
  public int sequence(int limit) throws SQLException {
    if (queryLong(
            "select case when pg_try_advisory_xact_lock(" + SEQUENCER_LOCK + ") then 1 else 0 end")
        == 0) {
      return 0;
    }
    long size = size();
    CompactRange range = new CompactRange(size, frontier(size));
    List<Long> sequenced = new ArrayList<>();
    try (PreparedStatement leaves =
            connection.prepareStatement(
                "insert into audit_leaf (leaf_index, event_seq, leaf_hash) values (?, ?, ?)");
        PreparedStatement nodes =
            connection.prepareStatement(
                "insert into audit_tree_node (level, node_index, hash) values (?, ?, ?)");
        PreparedStatement pending =
            connection.prepareStatement(
                "select p.event_seq, e.id, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
                    + " e.payload from audit_pending p join audit_event e on e.seq = p.event_seq"
                    + " order by p.event_seq limit ?")) {
      pending.setInt(1, limit);
      try (ResultSet rows = pending.executeQuery()) {
        while (rows.next()) {
          long index = range.size();
          byte[] leaf = record(index, rows).leafHash();
          leaves.setLong(1, index);
          leaves.setLong(2, rows.getLong(1));
          leaves.setBytes(3, leaf);
          leaves.addBatch();
          for (CompactRange.Node node : range.append(leaf)) {
            nodes.setShort(1, (short) node.level());
            nodes.setLong(2, node.index());
            nodes.setBytes(3, node.hash());
            nodes.addBatch();
          }
          sequenced.add(rows.getLong(1));
        }
      }
      if (sequenced.isEmpty()) {
        return 0;
      }
      leaves.executeBatch();
      nodes.executeBatch();
    }
    // Only the owner's function may take entries off the queue, and only those with a leaf: the
    // application's role cannot make an event skip the tree (migration V15).
    try (PreparedStatement done = connection.prepareStatement("select audit_dequeue(?)")) {
      done.setArray(1, connection.createArrayOf("bigint", sequenced.toArray()));
      done.executeQuery().close();
    }
    return sequenced.size();
  }

  /** The compact range of [0, size): one perfect-subtree hash per set bit, largest first. */
  private List<byte[]> frontier(long size) throws SQLException {
    List<byte[]> frontier = new ArrayList<>();
    long offset = 0;
    for (int level = 62; level >= 0; level--) {
      long width = 1L << level;
      if ((size & width) != 0) {
        frontier.add(stored(level, offset >> level));
        offset += width;
      }
    }
    return frontier;
  }

  /** Root of the tree of {@code size} leaves. */
  public byte[] root(long size) {
    return MerkleTree.root(this, size);
  }

  @Override
  public byte[] hash(long from, long to) {
    long width = to - from;
    try {
      if (Long.bitCount(width) == 1 && from % width == 0) {
        int level = Long.numberOfTrailingZeros(width);
        return stored(level, from >> level);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit tree", e);
    }
    long k = MerkleTree.split(width);
    return MerkleHashes.node(hash(from, from + k), hash(from + k, to));
  }

  private byte[] stored(int level, long index) throws SQLException {
    long key = ((long) level << 56) | index;
    byte[] cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    String sql =
        level == 0
            ? "select leaf_hash from audit_leaf where leaf_index = ?"
            : "select hash from audit_tree_node where level = " + level + " and node_index = ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, index);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("audit tree node " + level + "/" + index + " missing");
        }
        byte[] hash = row.getBytes(1);
        cache.put(key, hash);
        return hash;
      }
    }
  }

  Connection connection() {
    return connection;
  }

  /** All signed heads, smallest first. */
  public List<TreeHead> heads() throws SQLException {
    return signed.heads("order by tree_size");
  }

  public Optional<TreeHead> latestHead() throws SQLException {
    return signed.heads("order by tree_size desc limit 1").stream().findFirst();
  }

  /** The smallest signed head covering {@code size} leaves. */
  public Optional<TreeHead> headCovering(long size) throws SQLException {
    return signed.heads("where tree_size >= " + size + " order by tree_size limit 1").stream()
        .findFirst();
  }

  /** Stores a signed head; a key's first head also stores the key and audits its arrival. */
  public void saveHead(TreeHead head, byte[] publicKey) throws SQLException {
    signed.save(head, publicKey);
  }

  /** The public keys of every key that ever signed a head, by key id. */
  public Map<String, byte[]> publicKeys() throws SQLException {
    return signed.publicKeys();
  }

  /**
   * Writes the signed bundle of leaves [from, to): the events through a server-side cursor (the
   * connection must not be in auto-commit), the first signed head covering them and the latest,
   * their consistency proof and the range proof against the latest.
   */
  public void exportBundle(long from, long to, SigningKey key, OutputStream out)
      throws SQLException, IOException {
    exportBundle(from, to, key, out, written -> {});
  }

  /** As above, reporting the number of events written every 1,000 events and at the end. */
  public void exportBundle(
      long from,
      long to,
      SigningKey key,
      OutputStream out,
      java.util.function.LongConsumer progress)
      throws SQLException, IOException {
    TreeHead last =
        latestHead().orElseThrow(() -> new IllegalArgumentException("nothing is signed yet"));
    requireRange(from, to, last.size());
    TreeHead first = headCovering(to).orElse(last);
    List<TreeHead> heads = first.size() == last.size() ? List.of(last) : List.of(first, last);
    List<Proofs.Consistency> consistency =
        heads.size() == 1
            ? List.of()
            : List.of(
                new Proofs.Consistency(
                    first.size(),
                    last.size(),
                    MerkleTree.consistencyProof(this, first.size(), last.size())));
    Proofs.Range range =
        new Proofs.Range(from, to, last.size(), MerkleTree.rangeProof(this, from, to, last.size()));
    try (AuditBundleWriter writer = new AuditBundleWriter(out, key, from);
        PreparedStatement query = eventsByLeaf(from, to);
        ResultSet rows = query.executeQuery()) {
      long written = 0;
      while (rows.next()) {
        writer.event(record(rows.getLong(8), rows));
        if (++written % 1_000 == 0) {
          progress.accept(written);
        }
      }
      writer.finish(heads, consistency, range, publicKeys());
      progress.accept(written);
    }
  }

  /** Columns as {@link #record} reads them, then leaf_index (8) and leaf_hash (9). */
  PreparedStatement eventsByLeaf(long from, long to) throws SQLException {
    PreparedStatement query =
        connection.prepareStatement(
            "select l.event_seq, e.id, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
                + " e.payload, l.leaf_index, l.leaf_hash from audit_leaf l"
                + " join audit_event e on e.seq = l.event_seq"
                + " where l.leaf_index >= ? and l.leaf_index < ? order by l.leaf_index");
    query.setFetchSize(1_000);
    query.setLong(1, from);
    query.setLong(2, to);
    return query;
  }

  static void requireRange(long from, long to, long size) {
    if (from < 0 || from >= to || to > size) {
      throw new IllegalArgumentException(
          "the range must satisfy 0 <= from < to <= " + size + " (signed size)");
    }
  }

  /** The record of leaf {@code index} as hashed, from a row (seq, id, occurred_at, type, ...). */
  public static AuditRecord record(long index, ResultSet row) throws SQLException {
    Object conversation = row.getObject(6);
    return new AuditRecord(
        index,
        row.getObject(2, UUID.class).toString(),
        row.getTimestamp(3).toInstant().toString(),
        row.getString(4),
        row.getString(5),
        conversation == null ? null : conversation.toString(),
        row.getString(7));
  }

  private long queryLong(String sql) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
