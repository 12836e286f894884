package io.tellerline.audit.infrastructure;

import io.tellerline.audit.log.TreeHead;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The signed tree heads and the public keys that signed them (tables audit_tree_head and
 * audit_signing_key), on the caller's connection.
 */
final class SignedHeadStore {

  private final Connection connection;

  SignedHeadStore(Connection connection) {
    this.connection = connection;
  }

  /** Heads in the order and range of an SQL clause this package writes (never user input). */
  List<TreeHead> heads(String clause) throws SQLException {
    List<TreeHead> heads = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "select tree_size, root_hash, signed_at, key_id, signature from audit_tree_head "
                    + clause);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        heads.add(
            new TreeHead(
                rows.getLong(1),
                rows.getBytes(2),
                rows.getTimestamp(3).toInstant(),
                rows.getString(4),
                rows.getBytes(5)));
      }
    }
    return heads;
  }

  void save(TreeHead head, byte[] publicKey) throws SQLException {
    try (PreparedStatement key =
        connection.prepareStatement(
            "insert into audit_signing_key (key_id, public_key, first_used_at) values (?, ?, ?)"
                + " on conflict (key_id) do nothing")) {
      key.setString(1, head.keyId());
      key.setBytes(2, publicKey);
      key.setTimestamp(3, Timestamp.from(head.timestamp()));
      if (key.executeUpdate() == 1) {
        recordKeyAdded(head, publicKey);
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_tree_head (tree_size, root_hash, signed_at, key_id, signature)"
                + " values (?, ?, ?, ?, ?)")) {
      insert.setLong(1, head.size());
      insert.setBytes(2, head.rootHash());
      insert.setTimestamp(3, Timestamp.from(head.timestamp()));
      insert.setString(4, head.keyId());
      insert.setBytes(5, head.signature());
      insert.executeUpdate();
    }
  }

  /** Key rotation is itself an audited event, in the same transaction as the first head. */
  private void recordKeyAdded(TreeHead head, byte[] publicKey) throws SQLException {
    try (PreparedStatement event = connection.prepareStatement(AuditLogStore.APPEND_EVENT)) {
      event.setString(1, UUID.randomUUID().toString());
      event.setTimestamp(2, Timestamp.from(head.timestamp()));
      event.setString(3, "SIGNING_KEY_ADDED");
      event.setString(4, "system");
      event.setString(5, null);
      event.setString(
          6,
          Json.createObjectBuilder()
              .add("keyId", head.keyId())
              .add("ed25519", Base64.getEncoder().encodeToString(publicKey))
              .add("firstTreeSize", head.size())
              .build()
              .toString());
      event.executeUpdate();
    }
  }

  Map<String, byte[]> publicKeys() throws SQLException {
    Map<String, byte[]> keys = new HashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement("select key_id, public_key from audit_signing_key");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        keys.put(rows.getString(1), rows.getBytes(2));
      }
    }
    return keys;
  }
}
