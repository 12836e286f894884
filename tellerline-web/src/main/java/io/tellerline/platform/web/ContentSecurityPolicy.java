package io.tellerline.platform.web;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every response: only the application's own scripts and styles, no
 * inline script or style, no {@code eval}, no plugins, no framing, no foreign base URL; the
 * identity provider's origin only for the chat's token requests (keycloak-js) and for the redirects
 * that follow a form (the console's sign-out).
 *
 * <p>The staff console's pages (JSF with PrimeFaces) get the same policy plus the page's nonce for
 * scripts: {@code script-src 'self' 'nonce-…'}, still without {@code 'unsafe-inline'} or {@code
 * 'unsafe-eval'}. PrimeFaces runs in its CSP mode ({@code primefaces.CSP}): it draws a random nonce
 * per page (a GET of a view; the view's postbacks and ajax requests keep it), puts it on every
 * script it writes, turns inline event handlers into handlers registered by such a script, and asks
 * for its own header, which {@link SecurityHeadersFilter} replaces by this policy with that nonce.
 * A postback must carry the nonce (request parameter {@code primefaces.nonce}, added to every Faces
 * form by PrimeFaces' script) or PrimeFaces refuses it ("CSP nonce mismatch"); so every console
 * page loads PrimeFaces' script. Styles stay {@code style-src 'self'} there too: no inline style
 * attribute or element (PrimeFaces' {@code selectOneMenu} writes one, so the console uses a plain
 * select).
 */
final class ContentSecurityPolicy {

  static final String HEADER = "Content-Security-Policy";

  // PrimeFaces' nonce: Base64 of a UUID. Anything else is not taken into our header.
  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/]{16,128}={0,2})'");

  private final String identityProvider;

  /**
   * @param issuer the OIDC issuer URL; its origin may be connected to and redirected to
   */
  ContentSecurityPolicy(String issuer) {
    this.identityProvider = origin(issuer).map(origin -> " " + origin).orElse("");
  }

  /**
   * The strict policy: the chat, the start and error pages, the API, the console's non-page
   * responses.
   */
  String strict() {
    return policy("'self'", "'self'");
  }

  /** A console page's policy: the strict one, and scripts carrying the page's nonce. */
  String console(String nonce) {
    return policy("'self' 'nonce-" + nonce + "'", "'self'");
  }

  /** The nonce in a policy PrimeFaces asked for, if it has a well-formed one. */
  static Optional<String> nonceIn(String primeFacesPolicy) {
    Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
    return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
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
