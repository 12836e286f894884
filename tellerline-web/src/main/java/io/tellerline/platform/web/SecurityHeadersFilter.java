package io.tellerline.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Browser hardening headers on every response: the Content-Security-Policy ({@link
 * ContentSecurityPolicy}; the only place that sets it: on console pages it takes PrimeFaces' nonce,
 * see {@link ConsolePolicyResponse}), a Permissions-Policy that turns off every device feature,
 * HSTS, no framing, no sniffing, no referrer, no caching. HSTS is sent on HTTPS requests and always
 * in the production profile, where TLS may end at a proxy before the server (a browser ignores it
 * on plain HTTP, so it cannot lock a developer's http://localhost out).
 */
// Async: the event streams (chat API and console) are asynchronous requests. ERROR: error pages
// (404, 403, 500) are pages too.
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
          + " microphone=(), payment=(), usb=()";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private transient ContentSecurityPolicy policy;
  private boolean production;

  @Override
  public void init(FilterConfig filterConfig) {
    Config config = ConfigProvider.getConfig();
    policy =
        new ContentSecurityPolicy(
            config.getOptionalValue("tellerline.oidc.issuer", String.class).orElse(""));
    production =
        "production"
            .equalsIgnoreCase(
                config.getOptionalValue("tellerline.profile", String.class).orElse("production"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production || request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    // The strict policy first; on a console page PrimeFaces' nonce joins it while the page renders.
    response.setHeader(ContentSecurityPolicy.HEADER, policy.strict());
    chain.doFilter(
        request, isConsole(request) ? new ConsolePolicyResponse(response, policy) : response);
  }

  private static boolean isConsole(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/console/");
  }
}
