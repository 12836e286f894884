package io.tellerline.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A console response on which PrimeFaces' own Content-Security-Policy header never arrives: when
 * PrimeFaces sets or adds it (its CSP mode, while rendering a page), the console's policy with
 * PrimeFaces' nonce takes its place, so there is one policy, ours. A header without a well-formed
 * nonce leaves the strict policy in place. Other headers pass unchanged.
 */
final class ConsolePolicyResponse extends HttpServletResponseWrapper {

  private final ContentSecurityPolicy policy;

  ConsolePolicyResponse(HttpServletResponse response, ContentSecurityPolicy policy) {
    super(response);
    this.policy = policy;
  }

  @Override
  public void setHeader(String name, String value) {
    if (isPolicy(name)) {
      takeNonceFrom(value);
    } else {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (isPolicy(name)) {
      takeNonceFrom(value);
    } else {
      super.addHeader(name, value);
    }
  }

  private void takeNonceFrom(String primeFacesPolicy) {
    ContentSecurityPolicy.nonceIn(primeFacesPolicy)
        .ifPresent(nonce -> super.setHeader(ContentSecurityPolicy.HEADER, policy.console(nonce)));
  }

  private static boolean isPolicy(String name) {
    return ContentSecurityPolicy.HEADER.equalsIgnoreCase(name);
  }
}
