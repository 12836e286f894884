package io.tellerline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The monitor's bearer token ({@code tellerline.monitor.token}, {@code TELLERLINE_MONITOR_TOKEN}),
 * which alone opens the operational pages: readiness details and {@code /metrics}. Without a
 * configured token nobody may read them (404); a request without the token or with another one gets
 * 401.
 */
final class MonitorToken {

  static final String KEY = "tellerline.monitor.token";
  private static final String BEARER = "Bearer ";

  private final Optional<byte[]> token;

  private MonitorToken(Optional<byte[]> token) {
    this.token = token;
  }

  static MonitorToken from(Config config) {
    return new MonitorToken(
        config
            .getOptionalValue(KEY, String.class)
            .filter(value -> !value.isBlank())
            .map(value -> value.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Whether the request carries the token; if not, the refusal (404 or 401) has been sent.
   *
   * @throws IOException if the refusal cannot be sent
   */
  boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (token.isEmpty()) {
      response.sendError(404);
      return false;
    }
    if (!presentedIn(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"tellerline-monitor\"");
      response.sendError(401);
      return false;
    }
    return true;
  }

  /** Constant-time: the comparison takes as long whatever the guess. */
  boolean presentedIn(String authorization) {
    if (token.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
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
