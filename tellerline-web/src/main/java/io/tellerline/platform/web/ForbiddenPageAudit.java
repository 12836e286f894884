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
 * Audits every 403 the web container answers a signed-in person outside the API (the API audits its
 * own refusals, {@code ApiAuthorizationFilter}), once per request, in one of two places:
 *
 * <ul>
 *   <li>web.xml's role constraints refuse before any application code runs, so only the error
 *       dispatch to the "forbidden" page sees them;
 *   <li>a console servlet that refuses itself (an expired form token, a role it checks) is recorded
 *       when it returns: by the error dispatch, Payara has already cleared the caller it verified
 *       from the security context, and the audit takes the actor from there alone.
 * </ul>
 */
@WebFilter(
    urlPatterns = {"/console/*", ForbiddenPageAudit.FORBIDDEN_PAGE},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class ForbiddenPageAudit extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String REASON = "forbidden";
  static final String FORBIDDEN_PAGE = "/errors/forbidden.html";
  private static final String RECORDED = ForbiddenPageAudit.class.getName() + ".recorded";

  @Inject transient AccessDenials denials;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      record(request, refused == null ? request.getRequestURI() : refused.toString());
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
      record(request, request.getRequestURI());
    }
  }

  private void record(HttpServletRequest request, String path) {
    if (request.getUserPrincipal() == null || request.getAttribute(RECORDED) != null) {
      return;
    }
    request.setAttribute(RECORDED, Boolean.TRUE);
    if (request.isUserInRole(Role.CUSTOMER)) {
      denials.customerRefused(path, REASON);
    } else {
      denials.staffRefused(path, REASON);
    }
  }
}
