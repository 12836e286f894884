package io.tellerline.platform.web;

import io.tellerline.platform.DetailedHealthCheck;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness with its details, for the authenticated monitor only: {@code GET /monitor/readiness}
 * with {@code Authorization: Bearer} and the token configured as {@code tellerline.monitor.token}
 * ({@code TELLERLINE_MONITOR_TOKEN}). Without a configured token nobody gets the details (404);
 * with a wrong one, 401. Everyone else has the server's {@code /health/ready}: status only.
 */
@WebServlet("/monitor/readiness")
public class ReadinessDetailsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject @Readiness transient Instance<HealthCheck> checks;

  private transient MonitorToken token;

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    token = MonitorToken.from(ConfigProvider.getConfig());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!token.admits(request, response)) {
      return;
    }
    boolean up = true;
    JsonArrayBuilder details = Json.createArrayBuilder();
    for (HealthCheck check : checks) {
      HealthCheckResponse answer =
          check instanceof DetailedHealthCheck detailed ? detailed.details() : check.call();
      up &= answer.getStatus() == HealthCheckResponse.Status.UP;
      JsonObjectBuilder data = Json.createObjectBuilder();
      answer
          .getData()
          .ifPresent(values -> values.forEach((k, v) -> data.add(k, String.valueOf(v))));
      details.add(
          Json.createObjectBuilder()
              .add("name", answer.getName())
              .add("status", answer.getStatus().name())
              .add("data", data));
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", details)
                .build()
                .toString());
  }
}
