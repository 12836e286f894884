package io.tellerline.platform.web;

import java.net.URI;
import java.util.Optional;

/**
 * The Content-Security-Policy of every response: only the application's own scripts and styles, no
 * inline script or style, no {@code eval}, no plugins, no framing, no foreign base URL; the
 * identity provider's origin only for the chat's token requests (keycloak-js) and for the redirects
 * that follow a form (the console's sign-out).
 *
 * <p>Known gap: the staff console (JSF with PrimeFaces) still needs inline scripts and styles, so
 * its pages get the same policy with {@code 'unsafe-inline' 'unsafe-eval'} for scripts and inline
 * styles. PrimeFaces' CSP mode (a per-response nonce) worked in Chromium, but it rejects a form
 * post without that nonce ("CSP nonce mismatch"), which the HTTP-driven tests did not send and
 * pages without PrimeFaces' script would not.
 */
final class ContentSecurityPolicy {

  static final String HEADER = "Content-Security-Policy";

  private final String identityProvider;

  /**
   * @param issuer the OIDC issuer URL; its origin may be connected to and redirected to
   */
  ContentSecurityPolicy(String issuer) {
    this.identityProvider = origin(issuer).map(origin -> " " + origin).orElse("");
  }

  /** The strict policy: the chat, the start and error pages, the API. */
  String strict() {
    return policy("'self'", "'self'");
  }

  /** The console's policy until PrimeFaces runs in its CSP mode (see the class comment). */
  String console() {
    return policy("'self' 'unsafe-inline' 'unsafe-eval'", "'self' 'unsafe-inline'");
  }

  private String policy(String scripts, String styles) {
    return "default-src 'self'; script-src "
        + scripts
        + "; style-src "
        + styles
        + "; img-src 'self' data:; font-src 'self'; connect-src 'self'"
        + identityProvider
        + "; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none';"
        + " form-action 'self'"
        + identityProvider;
  }

  private static Optional<String> origin(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(
          uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
