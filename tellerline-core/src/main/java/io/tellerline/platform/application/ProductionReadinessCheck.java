package io.tellerline.platform.application;

import io.tellerline.platform.domain.DeploymentSettings;
import io.tellerline.platform.domain.ProductionReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks the deployment's settings against the production rules before anything is served. */
@ApplicationScoped
public class ProductionReadinessCheck {

  @Inject DeploymentConfiguration configuration;

  /**
   * @throws ProductionNotReadyException in the production profile with any setting a bank must not
   *     run on, naming each
   */
  public void requireReadyToServe() {
    DeploymentSettings settings = configuration.settings();
    ProductionReadiness readiness = ProductionReadiness.of(settings);
    if (!readiness.ready()) {
      throw new ProductionNotReadyException(readiness.problems());
    }
  }
}
