package io.tellerline.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the database is and the role the application connects as, for the code that needs a
 * connection outside the container's pool (migrations as another role, the change listener). The
 * pool itself is defined on {@link DatabaseMigrator} from the same environment variables.
 */
@ApplicationScoped
public class DatabaseSettings {

  @Inject
  @ConfigProperty(
      name = "tellerline.db.url",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/tellerline")
  String url;

  @Inject
  @ConfigProperty(name = "tellerline.db.user", defaultValue = "tellerline")
  String user;

  @Inject
  @ConfigProperty(name = "tellerline.db.password", defaultValue = "tellerline-dev-only")
  String password;

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }
}
