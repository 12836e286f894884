package io.tellerline.privacy.infrastructure;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.crypto.FieldCipher;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Master-key rotation without downtime: every ten seconds, data keys still wrapped under an older
 * master key held in the keystore are re-wrapped under the active one, a batch per transaction. Old
 * master keys stay in the keystore (they still unwrap) until no data key uses them; instances of a
 * cluster share the work ({@code for update skip locked}). Each batch is audited.
 */
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DataKeyRewrapper {

  private static final Logger LOG = Logger.getLogger(DataKeyRewrapper.class.getName());

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Inject MasterKeys masterKeys;
  @Inject Audit audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.privacy.rewrap.batch", defaultValue = "500")
  int batch;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void tick() {
    int done = rewrapBatch();
    if (done > 0) {
      LOG.info(() -> done + " data keys re-wrapped under master key " + masterKeys.activeKeyId());
    }
  }

  /** Re-wraps up to one batch in the current transaction; returns how many keys it re-wrapped. */
  public int rewrapBatch() {
    String active = masterKeys.activeKeyId();
    List<String> older =
        masterKeys.heldKeyIds().stream().filter(id -> !id.equals(active)).sorted().toList();
    if (older.isEmpty()) {
      return 0;
    }
    // Only keys this instance can unwrap: another deployment's keys are not ours to touch.
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select key_id, wrapped_key, master_key_id from customer_data_key"
                    + " where destroyed_at is null and master_key_id = any(string_to_array(?1, ','))"
                    + " order by key_id limit ?2 for update skip locked")
            .setParameter(1, String.join(",", older))
            .setParameter(2, batch)
            .getResultList();
    if (rows.isEmpty()) {
      return 0;
    }
    FieldCipher wrapping = masterKeys.wrapping();
    TreeSet<String> from = new TreeSet<>();
    Timestamp now = Timestamp.from(clock.instant());
    for (Object row : rows) {
      Object[] key = (Object[]) row;
      String keyId = (String) key[0];
      String aad = JpaDataKeys.associatedData(keyId);
      String rewrapped = wrapping.seal(wrapping.open((String) key[1], aad), aad);
      entityManager
          .createNativeQuery(
              "update customer_data_key set wrapped_key = ?2, master_key_id = ?3,"
                  + " rewrapped_at = ?4 where key_id = ?1")
          .setParameter(1, keyId)
          .setParameter(2, rewrapped)
          .setParameter(3, active)
          .setParameter(4, now)
          .executeUpdate();
      from.add((String) key[2]);
    }
    JsonArrayBuilder previous = Json.createArrayBuilder();
    from.forEach(previous::add);
    audit
        .systemEvent(AuditEventType.DATA_KEYS_REWRAPPED)
        .with("count", rows.size())
        .with("fromMasterKeys", previous)
        .with("toMasterKey", active)
        .record();
    return rows.size();
  }
}
