package io.tellerline.platform.web;

import io.tellerline.audit.application.AccessDenials;
import io.tellerline.kernel.Role;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Audits every 403 the web container answers a signed-in person outside the API — web.xml's role
 * constraints, which the container enforces before any application code runs, and pages that refuse
 * themselves — where they all meet: the error dispatch to the "forbidden" page. The API audits its
 * own refusals ({@code ApiAuthorizationFilter}).
 */
@WebFilter(
    urlPatterns = "/errors/forbidden.html",
    dispatcherTypes = DispatcherType.ERROR,
    asyncSupported = true)
public class ForbiddenPageAudit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String REASON = "forbidden";

  @Inject transient AccessDenials denials;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String path = refused == null ? request.getRequestURI() : refused.toString();
      if (request.isUserInRole(Role.CUSTOMER)) {
        denials.customerRefused(path, REASON);
      } else {
        denials.staffRefused(path, REASON);
      }
    }
    chain.doFilter(request, response);
  }
}
