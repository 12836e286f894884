package io.tellerline.audit.infrastructure;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.audit.application.AuditLog;
import io.tellerline.audit.application.AuditSearch;
import io.tellerline.audit.application.ConsistencyCheck;
import io.tellerline.audit.application.EventProof;
import io.tellerline.audit.application.LogVerification;
import io.tellerline.audit.log.AuditRecord;
import io.tellerline.audit.log.LogVerifier;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The compliance side of the Merkle log on PostgreSQL. Reads join the caller's transaction; large
 * reads (verification, exports) go through a server-side cursor, so memory stays bounded.
 */
@ApplicationScoped
public class JdbcAuditLog implements AuditLog {

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject AuditSigningKey signingKey;
  @Inject Clock clock;

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
    return read(store -> AuditSearchQuery.run(store, search, limit));
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
          LogVerifier verifier = new LogVerifier();
          List<TreeHead> heads = store.heads();
          Map<String, byte[]> keys = store.publicKeys();
          heads.forEach(head -> verifier.signedHead(head, keys.get(head.keyId())));
          long size = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).size();
          LogVerifier.Rebuild tree = verifier.rebuildFromFirstLeaf(heads);
          try (PreparedStatement query = store.eventsByLeaf(0, size);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              long index = rows.getLong(8);
              byte[] recomputed = AuditLogStore.record(index, rows).leafHash();
              if (!tree.append(index, recomputed)) {
                break;
              }
              verifier.storedLeaf(index, recomputed, rows.getBytes(9));
            }
          }
          tree.finish();
          LeafCompleteness.of(store.connection(), clock.instant()).reportTo(verifier);
          return verification(verifier, tree.size(), size, heads.size(), started);
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
          LogVerifier verifier = new LogVerifier();
          verifier.signedHead(head, store.publicKeys().get(head.keyId()));
          List<byte[]> recomputed = new ArrayList<>();
          try (PreparedStatement query = store.eventsByLeaf(from, to);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              long index = rows.getLong(8);
              byte[] hash = AuditLogStore.record(index, rows).leafHash();
              verifier.storedLeaf(index, hash, rows.getBytes(9));
              recomputed.add(hash);
            }
          }
          verifier.range(
              recomputed, from, to, head, MerkleTree.rangeProof(store, from, to, head.size()));
          return verification(verifier, recomputed.size(), head.size(), 1, started);
        });
  }

  private static LogVerification verification(
      LogVerifier verifier, long events, long treeSize, int heads, long startedNanos) {
    return new LogVerification(
        verifier.verified(),
        events,
        treeSize,
        heads,
        (System.nanoTime() - startedNanos) / 1_000_000,
        verifier.problems());
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
          AuditCsvExport.write(store, from, to, out);
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
