package io.tellerline.platform.application;

import io.tellerline.platform.domain.DeploymentSettings;

/** Where the deployment's settings come from (MicroProfile Config: environment, properties). */
public interface DeploymentConfiguration {

  DeploymentSettings settings();
}
