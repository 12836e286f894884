package io.tellerline.privacy.infrastructure;

import io.tellerline.privacy.domain.TokenKeyVersion;
import io.tellerline.privacy.domain.TokenKeyVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Tokenization key versions through JPA. */
@ApplicationScoped
public class JpaTokenKeyVersions implements TokenKeyVersions {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public Set<Integer> destroyed() {
    List<?> versions =
        entityManager
            .createNativeQuery(
                "select version from tokenization_key_version where destroyed_at is not null")
            .getResultList();
    return versions.stream()
        .map(v -> ((Number) v).intValue())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Optional<TokenKeyVersion> find(int version) {
    return Optional.ofNullable(entityManager.find(TokenKeyVersion.class, (short) version));
  }

  @Override
  public TokenKeyVersion lock(int version) {
    entityManager
        .createNativeQuery(
            "insert into tokenization_key_version (version) values (?1) on conflict do nothing")
        .setParameter(1, version)
        .executeUpdate();
    return entityManager.find(
        TokenKeyVersion.class, (short) version, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Map<Integer, Long> tokensByVersion() {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select token_key_version, count(*) from protected_value"
                    + " where token_key_version is not null group by 1")
            .getResultList();
    Map<Integer, Long> counts = new TreeMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue());
    }
    return counts;
  }
}
