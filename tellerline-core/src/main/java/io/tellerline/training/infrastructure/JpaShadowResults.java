package io.tellerline.training.infrastructure;

import io.tellerline.platform.persistence.SqlRows;
import io.tellerline.training.domain.ShadowResult;
import io.tellerline.training.domain.ShadowResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Shadow results in {@code model_shadow_result} (see V29). */
@ApplicationScoped
@Transactional
public class JpaShadowResults implements ShadowResults {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(ShadowResult result) {
    entityManager
        .createNativeQuery(
            "insert into model_shadow_result (model_version_id, live_version, language,"
                + " live_intent, live_confidence, shadow_intent, shadow_confidence, agreed,"
                + " scored_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .setParameter(1, result.modelVersionId())
        .setParameter(2, result.liveVersion())
        .setParameter(3, result.language())
        .setParameter(4, result.liveIntent())
        .setParameter(5, result.liveConfidence())
        .setParameter(6, result.shadowIntent())
        .setParameter(7, result.shadowConfidence())
        .setParameter(8, result.agreed())
        .setParameter(9, result.scoredAt().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public Agreement agreementOf(UUID modelVersionId) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select count(*), count(*) filter (where agreed) from model_shadow_result"
                        + " where model_version_id = ?1")
                .setParameter(1, modelVersionId)
                .getSingleResult();
    return new Agreement(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
  }

  @Override
  public List<ShadowResult> disagreementsOf(UUID modelVersionId, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select live_version, language, live_intent, live_confidence, shadow_intent,"
                    + " shadow_confidence, scored_at from model_shadow_result"
                    + " where model_version_id = ?1 and not agreed order by scored_at desc, id desc"
                    + " limit ?2")
            .setParameter(1, modelVersionId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              Object[] c = (Object[]) row;
              return new ShadowResult(
                  modelVersionId,
                  (String) c[0],
                  (String) c[1],
                  (String) c[2],
                  ((Number) c[3]).doubleValue(),
                  (String) c[4],
                  ((Number) c[5]).doubleValue(),
                  SqlRows.instant(c[6]));
            })
        .toList();
  }
}
