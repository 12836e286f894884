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
import java.security.MessageDigest;
import java.util.Optional;
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
  private static final String BEARER = "Bearer ";

  @Inject @Readiness transient Instance<HealthCheck> checks;

  private transient Optional<byte[]> token = Optional.empty();

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    token =
        ConfigProvider.getConfig()
            .getOptionalValue("tellerline.monitor.token", String.class)
            .filter(value -> !value.isBlank())
            .map(value -> value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (token.isEmpty()) {
      response.sendError(404);
      return;
    }
    if (!presentsTheToken(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"tellerline-monitor\"");
      response.sendError(401);
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

  /** Constant-time: the comparison takes as long whatever the guess. */
  private boolean presentsTheToken(String authorization) {
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return false;
    }
    byte[] given =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(sha256(token.get()), sha256(given));
  }

  private static byte[] sha256(byte[] value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
