package io.tellerline.audit.infrastructure;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.audit.application.AuditLog;
import io.tellerline.audit.application.AuditSearch;
import io.tellerline.audit.application.ConsistencyCheck;
import io.tellerline.audit.application.EventProof;
import io.tellerline.audit.application.LogVerification;
import io.tellerline.audit.log.AuditRecord;
import io.tellerline.audit.log.CompactRange;
import io.tellerline.audit.log.MerkleTree;
import io.tellerline.audit.log.MerkleVerifier;
import io.tellerline.audit.log.SigningKey;
import io.tellerline.audit.log.TreeHead;
import io.tellerline.platform.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The compliance side of the Merkle log on PostgreSQL. Reads join the caller's transaction; large
 * reads (verification, exports) go through a server-side cursor, so memory stays bounded.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject AuditSigningKey signingKey;

  @Override
  public Status status() {
    return read(
        store ->
            new Status(
                store.size(),
                store.latestHead().map(TreeHead::size).orElse(0L),
                count(store, "select count(*) from audit_pending")));
  }

  @Override
  public List<AuditEntry> search(AuditSearch search, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select e.id, l.leaf_index, e.occurred_at, e.event_type, e.actor, e.conversation_id,"
                + " e.payload from audit_event e left join audit_leaf l on l.event_seq = e.seq"
                + " where true");
    List<Object> parameters = new ArrayList<>();
    search
        .from()
        .ifPresent(at -> add(sql, parameters, " and e.occurred_at >= ?", Timestamp.from(at)));
    search.to().ifPresent(at -> add(sql, parameters, " and e.occurred_at < ?", Timestamp.from(at)));
    search.eventType().ifPresent(type -> add(sql, parameters, " and e.event_type = ?", type));
    search
        .customer()
        .ifPresent(c -> add(sql, parameters, " and e.payload::jsonb ->> 'customer' = ?", c));
    search
        .intent()
        .ifPresent(i -> add(sql, parameters, " and e.payload::jsonb ->> 'intent' = ?", i));
    search
        .outcome()
        .ifPresent(o -> add(sql, parameters, " and e.payload::jsonb ->> 'outcome' = ?", o));
    search
        .modelVersion()
        .ifPresent(m -> add(sql, parameters, " and e.payload::jsonb ->> 'modelVersion' = ?", m));
    sql.append(" order by e.seq desc limit ").append(limit);
    return read(
        store -> {
          List<AuditEntry> entries = new ArrayList<>();
          try (PreparedStatement query = store.connection().prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
              query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                entries.add(entry(rows));
              }
            }
          }
          return entries;
        });
  }

  @Override
  public Optional<EventProof> proof(long leafIndex) {
    return read(
        store -> {
          Optional<TreeHead> head = store.headCovering(leafIndex + 1);
          Optional<AuditRecord> record =
              records(store, leafIndex, leafIndex + 1).stream().findFirst();
          if (head.isEmpty() || record.isEmpty()) {
            return Optional.<EventProof>empty();
          }
          TreeHead signed = head.get();
          List<byte[]> path = MerkleTree.inclusionProof(store, leafIndex, signed.size());
          byte[] key = store.publicKeys().get(signed.keyId());
          return Optional.of(
              new EventProof(
                  record.get().canonical(),
                  leafIndex,
                  signed.size(),
                  hex(signed.rootHash()),
                  signed.timestamp(),
                  signed.keyId(),
                  key != null && SigningKey.verify(key, signed),
                  path.stream().map(JdbcAuditLog::hex).toList(),
                  MerkleVerifier.verifyInclusion(
                      record.get().leafHash(), leafIndex, signed.size(), path, signed.rootHash())));
        });
  }

  @Override
  public ConsistencyCheck consistency(long first, long second) {
    return read(
        store -> {
          long size = store.size();
          if (first < 1 || first > second || second > size) {
            throw new IllegalArgumentException(
                "sizes must satisfy 1 <= first <= second <= " + size);
          }
          byte[] firstRoot = store.root(first);
          byte[] secondRoot = store.root(second);
          List<byte[]> proof = MerkleTree.consistencyProof(store, first, second);
          return new ConsistencyCheck(
              first,
              second,
              hex(firstRoot),
              hex(secondRoot),
              proof.stream().map(JdbcAuditLog::hex).toList(),
              MerkleVerifier.verifyConsistency(first, second, firstRoot, secondRoot, proof));
        });
  }

  @Override
  public LogVerification verify() {
    long started = System.nanoTime();
    return read(
        store -> {
          List<String> problems = new ArrayList<>();
          List<TreeHead> heads = store.heads();
          Map<String, byte[]> keys = store.publicKeys();
          for (TreeHead head : heads) {
            byte[] key = keys.get(head.keyId());
            if (key == null || !SigningKey.verify(key, head)) {
              problems.add("tree head " + head.size() + ": signature invalid");
            }
          }
          long size = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).size();
          CompactRange range = new CompactRange();
          Iterator<TreeHead> next = heads.iterator();
          TreeHead due = next.hasNext() ? next.next() : null;
          try (PreparedStatement query = store.eventsByLeaf(0, size);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              long index = rows.getLong(8);
              byte[] recomputed = AuditLogStore.record(index, rows).leafHash();
              if (index != range.size()) {
                problems.add("leaf " + range.size() + " is missing");
                break;
              }
              if (!MessageDigest.isEqual(recomputed, rows.getBytes(9))) {
                problems.add("event of leaf " + index + " does not match its leaf hash (altered)");
              }
              range.append(recomputed);
              while (due != null && due.size() == range.size()) {
                if (!MessageDigest.isEqual(range.root(), due.rootHash())) {
                  problems.add("events do not rebuild the signed root of tree size " + due.size());
                }
                due = next.hasNext() ? next.next() : null;
              }
            }
          }
          if (range.size() != size) {
            problems.add("the log has " + range.size() + " leaves, the signed head says " + size);
          }
          return new LogVerification(
              problems.isEmpty(),
              range.size(),
              size,
              heads.size(),
              (System.nanoTime() - started) / 1_000_000,
              problems.stream().limit(50).toList());
        });
  }

  @Override
  public LogVerification verifyRange(long from, long to) {
    long started = System.nanoTime();
    return read(
        store -> {
          TreeHead head =
              store.latestHead().orElseThrow(() -> new IllegalArgumentException("nothing signed"));
          AuditLogStore.requireRange(from, to, head.size());
          List<String> problems = new ArrayList<>();
          byte[] key = store.publicKeys().get(head.keyId());
          if (key == null || !SigningKey.verify(key, head)) {
            problems.add("tree head " + head.size() + ": signature invalid");
          }
          List<byte[]> recomputed = new ArrayList<>();
          try (PreparedStatement query = store.eventsByLeaf(from, to);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              long index = rows.getLong(8);
              byte[] hash = AuditLogStore.record(index, rows).leafHash();
              if (!MessageDigest.isEqual(hash, rows.getBytes(9))) {
                problems.add("event of leaf " + index + " does not match its leaf hash (altered)");
              }
              recomputed.add(hash);
            }
          }
          List<byte[]> proof = MerkleTree.rangeProof(store, from, to, head.size());
          if (recomputed.size() != to - from
              || !MerkleVerifier.verifyRange(
                  recomputed, from, to, head.size(), proof, head.rootHash())) {
            problems.add(
                "events ["
                    + from
                    + ", "
                    + to
                    + ") do not rebuild the signed root of tree"
                    + " size "
                    + head.size());
          }
          return new LogVerification(
              problems.isEmpty(),
              recomputed.size(),
              head.size(),
              1,
              (System.nanoTime() - started) / 1_000_000,
              problems.stream().limit(50).toList());
        });
  }

  @Override
  public void exportBundle(
      long from, long to, OutputStream out, java.util.function.LongConsumer progress)
      throws IOException {
    read(
        store -> {
          try {
            store.exportBundle(from, to, signingKey.key(), out, progress);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return null;
        });
  }

  @Override
  public void exportCsv(long from, long to, Writer out) throws IOException {
    read(
        store -> {
          AuditLogStore.requireRange(from, to, store.size());
          try (CSVPrinter csv =
                  new CSVPrinter(
                      out,
                      CSVFormat.RFC4180
                          .builder()
                          .setHeader(
                              "leaf_index",
                              "event_id",
                              "occurred_at",
                              "type",
                              "actor",
                              "conversation_id",
                              "payload")
                          .get());
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
          return null;
        });
  }

  private static List<AuditRecord> records(AuditLogStore store, long from, long to)
      throws SQLException {
    List<AuditRecord> records = new ArrayList<>();
    try (PreparedStatement query = store.eventsByLeaf(from, to);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        records.add(AuditLogStore.record(rows.getLong(8), rows));
      }
    }
    return records;
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    long leaf = row.getLong(2);
    Object conversation = row.getObject(6);
    return new AuditEntry(
        row.getObject(1, UUID.class),
        row.wasNull() ? Optional.empty() : Optional.of(leaf),
        row.getTimestamp(3).toInstant(),
        row.getString(4),
        row.getString(5),
        Optional.ofNullable(conversation).map(value -> UUID.fromString(value.toString())),
        row.getString(7));
  }

  private static void add(StringBuilder sql, List<Object> parameters, String clause, Object value) {
    sql.append(clause);
    parameters.add(value);
  }

  private static long count(AuditLogStore store, String sql) throws SQLException {
    try (PreparedStatement query = store.connection().prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String hex(byte[] hash) {
    return java.util.HexFormat.of().formatHex(hash);
  }

  private interface StoreWork<T> {
    T run(AuditLogStore store) throws SQLException;
  }

  private <T> T read(StoreWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(new AuditLogStore(connection));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }
}
