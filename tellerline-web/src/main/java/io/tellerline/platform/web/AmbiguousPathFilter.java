package io.tellerline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses ambiguous paths ({@link AmbiguousPaths}) with 400 before any servlet sees them. Declared
 * first in web.xml (annotations give no order). The authentication mechanism refuses them too,
 * before it decides anything; this filter covers requests that reach the chain by any other way.
 */
public class AmbiguousPathFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (AmbiguousPaths.isAmbiguous(request.getRequestURI())) {
      AmbiguousPaths.refuse(response);
      return;
    }
    chain.doFilter(request, response);
  }
}
