package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.AccessGrant;
import io.tellerline.identity.domain.AccessGrants;
import io.tellerline.identity.domain.StaffResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

@ApplicationScoped
public class JpaAccessGrants implements AccessGrants {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(AccessGrant grant) {
    entityManager.persist(grant);
  }

  @Override
  public boolean active(String staff, StaffResource resource, String target, Instant now) {
    return !entityManager
        .createQuery(
            "select g.id from AccessGrant g where g.staff = :staff and g.resource = :resource"
                + " and g.target = :target and g.period.expiresAt > :now",
            java.util.UUID.class)
        .setParameter("staff", staff)
        .setParameter("resource", resource)
        .setParameter("target", target)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
