package io.tellerline.platform.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Content-Security-Policy of every page: only the application's own scripts and styles, no
 * inline script, no {@code eval}, no plugins, no framing, no foreign base URL. Two exceptions, both
 * narrow: the identity provider's origin for the chat's token requests (keycloak-js) and for the
 * redirects that follow a form (the console's sign-out); and on console pages the per-response
 * nonce of PrimeFaces (its CSP mode), which marks the scripts the server itself wrote.
 */
final class ContentSecurityPolicy {

  static final String HEADER = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

  private final String identityProvider;

  /**
   * @param issuer the OIDC issuer URL; its origin may be connected to and redirected to
   */
  ContentSecurityPolicy(String issuer) {
    this.identityProvider = origin(issuer).map(origin -> " " + origin).orElse("");
  }

  /** The policy, with the scripts a nonce marks allowed too when there is one. */
  String value(Optional<String> nonce) {
    return "default-src 'self'; script-src 'self'"
        + nonce.map(n -> " " + n).orElse("")
        + "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'"
        + identityProvider
        + "; object-src 'none'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none';"
        + " form-action 'self'"
        + identityProvider;
  }

  /** The nonce source ({@code 'nonce-…'}) in a policy another component wrote, if any. */
  static Optional<String> nonceIn(String policy) {
    Matcher matcher = NONCE.matcher(policy == null ? "" : policy);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
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
