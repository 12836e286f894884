package io.tellerline.platform;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A health check whose details are for the monitor only. The server's {@code /health} endpoints
 * answer anyone, so {@link #call()} gives the name and the status alone; {@link #details()} adds
 * what helps an operator (class names, versions), served only to the authenticated monitor.
 */
public interface DetailedHealthCheck extends HealthCheck {

  /** The same check, with its data. */
  HealthCheckResponse details();

  /** The status alone, for everyone. */
  @Override
  default HealthCheckResponse call() {
    HealthCheckResponse detailed = details();
    return new HealthCheckResponse(detailed.getName(), detailed.getStatus(), Optional.empty());
  }
}
