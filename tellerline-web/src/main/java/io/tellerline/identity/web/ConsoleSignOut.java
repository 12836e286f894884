package io.tellerline.identity.web;

import io.tellerline.identity.application.StaffSessionAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Ends a console session here and at Keycloak (audited). */
@ApplicationScoped
public class ConsoleSignOut {

  @Inject ConsoleSignIn signIn;
  @Inject StaffSessionAudit audit;

  /** Returns where to send the browser next (Keycloak's end-session endpoint). */
  public String signOut(HttpServletRequest request) throws ServletException {
    HttpSession session = request.getSession(false);
    String idToken = ConsoleSignIn.signedInIdToken(session);
    if (idToken != null) {
      audit.signedOut();
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    return signIn.endSessionUrl(request, idToken);
  }
}
