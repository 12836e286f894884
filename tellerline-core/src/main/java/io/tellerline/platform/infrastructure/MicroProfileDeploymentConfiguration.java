package io.tellerline.platform.infrastructure;

import io.tellerline.platform.application.DeploymentConfiguration;
import io.tellerline.platform.domain.DeploymentSettings;
import io.tellerline.platform.domain.DeploymentSettings.KeystoreFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The deployment's settings from MicroProfile Config, under the same keys (and defaults) as the
 * code that uses them: an environment variable such as {@code TELLERLINE_DB_PASSWORD} overrides
 * {@code tellerline.db.password}.
 */
@ApplicationScoped
public class MicroProfileDeploymentConfiguration implements DeploymentConfiguration {

  @Inject Config config;

  @Override
  public DeploymentSettings settings() {
    return new DeploymentSettings(
        "production".equalsIgnoreCase(text("tellerline.profile").orElse("production")),
        text("tellerline.oidc.issuer").orElse(""),
        text("tellerline.console.client-secret").orElse(""),
        text("tellerline.identity-ops.client-secret").orElse(""),
        text("tellerline.db.user").orElse("tellerline"),
        text("tellerline.db.password").orElse("tellerline-dev-only"),
        text("tellerline.db.migration-user"),
        text("tellerline.db.migration-password"),
        text("tellerline.demo-data").map(Boolean::parseBoolean).orElse(false),
        keystore("tellerline.audit.signing.keystore"),
        keystore("tellerline.privacy.keystore"),
        text("tellerline.monitor.token"),
        // The same default as KeycloakTokenVerifier's.
        text("tellerline.api.authorized-parties").orElse("tellerline-chat"));
  }

  private Optional<String> text(String key) {
    return config.getOptionalValue(key, String.class);
  }

  private KeystoreFile keystore(String key) {
    Optional<String> path = text(key);
    return new KeystoreFile(path, path.map(file -> Files.isReadable(Path.of(file))).orElse(false));
  }
}
