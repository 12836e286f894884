package io.tellerline.privacy.infrastructure;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.domain.DataKey;
import io.tellerline.privacy.domain.DataKeys;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.StoredMessages;
import io.tellerline.privacy.domain.TokenChange;
import io.tellerline.privacy.domain.TokenKeyVersion;
import io.tellerline.privacy.domain.TokenKeyVersions;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tokenization key rotation in the background: once a compliance officer started a rotation to the
 * active key version, every five seconds one batch of messages whose tokens are under an older
 * version is re-tokenized, a batch per transaction (chat turns are not blocked: only the batch's
 * rows are locked, and new messages are tokenized under the active version already). For each token
 * the original is decrypted with the customer's data key and tokenized under the active version;
 * the token is replaced in the message body (and its marks) and on the protected value. Customers
 * whose data key was destroyed (erasure) have no original any more and their messages are masked
 * already: their values' tokens are masked too and they are counted as skipped. One instance of a
 * cluster works at a time (a transaction-level PostgreSQL advisory lock, {@link #ROTATION_LOCK}).
 * Each batch and the completion are audited.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TokenRetokenizer {

  /**
   * Key of the transaction-level advisory lock that lets one instance re-tokenize at a time (other
   * locks: the audit sequencer's {@code AuditLogStore.SEQUENCER_LOCK}, per-customer usage locks).
   */
  public static final long ROTATION_LOCK = 0x7e11e71e_70c3eL;

  private static final Logger LOG = Logger.getLogger(TokenRetokenizer.class.getName());

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject PersonalDataProtection protection;
  @Inject MasterKeys masterKeys;
  @Inject DataKeys dataKeys;
  @Inject StoredMessages messages;
  @Inject TokenKeyVersions versions;
  @Inject Audit audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.retokenize.batch", defaultValue = "200")
  int batch;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void tick() {
    int done = retokenizeBatch();
    if (done > 0) {
      LOG.info(() -> done + " messages re-tokenized under tokenization key version " + active());
    }
  }

  private int active() {
    return protection.tokenKeyVersion();
  }

  /** Re-tokenizes up to one batch of messages in the current transaction; how many. */
  public int retokenizeBatch() {
    int active = active();
    Optional<TokenKeyVersion> rotation = versions.find(active).filter(TokenKeyVersion::rotating);
    if (rotation.isEmpty() || !lockedForThisInstance()) {
      return 0;
    }
    List<UUID> batchOfMessages = messagesUnderOlderKeys(active);
    if (batchOfMessages.isEmpty()) {
      complete(versions.lock(active));
      return 0;
    }
    Batch done = new Batch();
    valuesOf(batchOfMessages)
        .forEach((message, values) -> retokenize(message, values, active, done));
    JsonArrayBuilder from = Json.createArrayBuilder();
    done.fromVersions.forEach(from::add);
    audit
        .systemEvent(AuditEventType.TOKENS_RETOKENIZED)
        .with("toVersion", active)
        .with("fromVersions", from)
        .with("messages", done.messages)
        .with("values", done.values)
        .with("skippedErased", done.skippedErased)
        .with("messagesNotMatched", done.notMatched)
        .record();
    return done.messages;
  }

  private void retokenize(UUID message, List<ProtectedValue> values, int active, Batch done) {
    List<TokenChange> changes = new ArrayList<>();
    for (ProtectedValue value : values) {
      if (value.tokenKeyVersion().isEmpty() || value.tokenKeyVersion().getAsInt() >= active) {
        continue;
      }
      done.fromVersions.add(value.tokenKeyVersion().getAsInt());
      Optional<DataKey> key = dataKeys.find(value.dataKeyId());
      if (key.isEmpty()) {
        value.redactToken();
        done.skippedErased++;
        continue;
      }
      String token =
          protection.tokenNow(value.type(), PersonalDataProtection.open(key.get(), value));
      changes.add(new TokenChange(value.ordinal(), value.token(), token));
      value.retokenize(token, active);
      done.values++;
    }
    if (changes.isEmpty()) {
      return;
    }
    if (messages.replaceTokens(message, changes)) {
      done.messages++;
    } else {
      // The value is re-tokenized all the same (nothing still needs the old key for it); the
      // message keeps a token nobody can turn back once the old key is destroyed.
      done.notMatched++;
    }
  }

  private void complete(TokenKeyVersion rotation) {
    if (!rotation.rotating()) {
      return;
    }
    rotation.completeRotation(clock.instant());
    Map<Integer, Long> left = versions.tokensByVersion();
    audit
        .systemEvent(AuditEventType.TOKEN_KEY_ROTATION_COMPLETED)
        .with("toVersion", rotation.version())
        .with("tokensUnderOlderVersions", olderThan(left, rotation.version()))
        .record();
    LOG.info(() -> "tokenization key rotation to version " + rotation.version() + " completed");
  }

  /** Tokens still under older versions: those this instance cannot read (another master key). */
  private static long olderThan(Map<Integer, Long> counts, int version) {
    return counts.entrySet().stream()
        .filter(e -> e.getKey() < version)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private boolean lockedForThisInstance() {
    Object locked =
        entityManager
            .createNativeQuery("select case when pg_try_advisory_xact_lock(?1) then 1 else 0 end")
            .setParameter(1, ROTATION_LOCK)
            .getSingleResult();
    return ((Number) locked).intValue() == 1;
  }

  /**
   * Messages with a token under an older version whose original this instance can read (its data
   * key is wrapped under a master key held here) or whose data key was destroyed.
   */
  private List<UUID> messagesUnderOlderKeys(int active) {
    List<?> ids =
        entityManager
            .createNativeQuery(
                "select v.message_id from protected_value v"
                    + " left join customer_data_key k"
                    + " on k.key_id = v.data_key_id and k.destroyed_at is null"
                    + " where v.token_key_version < ?1"
                    + " and (k.key_id is null or k.master_key_id = any(string_to_array(?2, ',')))"
                    + " group by v.message_id order by v.message_id limit ?3")
            .setParameter(1, active)
            .setParameter(2, String.join(",", masterKeys.heldKeyIds()))
            .setParameter(3, batch)
            .getResultList();
    return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
  }

  /** The protected values of these messages, locked to the end of the batch, by message. */
  private Map<UUID, List<ProtectedValue>> valuesOf(List<UUID> messageIds) {
    Map<UUID, List<ProtectedValue>> byMessage = new LinkedHashMap<>();
    entityManager
        .createQuery(
            "select v from ProtectedValue v where v.messageId in :messages"
                + " order by v.messageId, v.ordinal",
            ProtectedValue.class)
        .setParameter("messages", messageIds)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(v -> byMessage.computeIfAbsent(v.messageId(), id -> new ArrayList<>()).add(v));
    return byMessage;
  }

  private static final class Batch {
    final TreeSet<Integer> fromVersions = new TreeSet<>();
    int messages;
    int values;
    int skippedErased;
    int notMatched;
  }
}
