package io.tellerline.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers. Reports no connection details. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return HealthCheckResponse.down("database");
    }
  }
}
