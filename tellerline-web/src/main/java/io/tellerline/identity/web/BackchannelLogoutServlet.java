package io.tellerline.identity.web;

import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.application.LogoutTokenVerifier;
import io.tellerline.identity.application.StaffSessionAudit;
import io.tellerline.identity.application.StaffSessionAudit.Ending;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout for the console: Keycloak posts a signed logout token here
 * when a staff member's Keycloak session ends (signed out elsewhere, or an administrator signed a
 * disabled member of staff out), and their console sessions end at once. Outside {@code /console}
 * on purpose: Keycloak calls it without a session; the token's signature is the authentication.
 */
@WebServlet("/oidc/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

  @Inject transient LogoutTokenVerifier logoutTokens;
  @Inject transient ConsoleSessions sessions;
  @Inject transient StaffSessionAudit audit;

  @Inject transient ConsoleTokens tokens;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String token = request.getParameter("logout_token");
    if (token == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      String keycloakSession = logoutTokens.verifyLogoutToken(token, tokens.clientId());
      for (SignedInStaff staff : sessions.endAll(keycloakSession)) {
        audit.ended(staff.username(), Ending.BACKCHANNEL_LOGOUT);
      }
      response.setStatus(HttpServletResponse.SC_OK);
    } catch (InvalidAccessTokenException e) {
      LOG.warning(() -> "back-channel logout refused: " + e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }
}
