package io.tellerline.platform.infrastructure;

import io.tellerline.platform.application.ProductionReadinessCheck;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * The first thing the application does: in the production profile, settings a bank must never run
 * on fail the deployment here, before the database is migrated (demo data would be applied) and
 * before anything is served. The database migrator depends on this singleton.
 */
@Singleton
@Startup
public class ProductionGate {

  @Inject ProductionReadinessCheck check;

  @PostConstruct
  void refuseUnsafeProduction() {
    check.requireReadyToServe();
  }
}
