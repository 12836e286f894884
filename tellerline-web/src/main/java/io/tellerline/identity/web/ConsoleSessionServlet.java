package io.tellerline.identity.web;

import io.tellerline.kernel.Role;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * How long the console session has left, for the page's "you will be signed out" warning
 * (session.js). GET only reads and is no activity; POST is the staff member's "stay signed in",
 * which the session keeper counts as activity like any request of theirs.
 */
@WebServlet(ConsoleSignIn.SESSION_PATH)
@ServletSecurity(
    @HttpConstraint(
        rolesAllowed = {
          Role.TELLER,
          Role.SUPERVISOR,
          Role.COMPLIANCE_OFFICER,
          Role.ADMIN,
          Role.MODEL_APPROVER
        }))
public class ConsoleSessionServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ConsoleSessionLimits limits;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    ConsoleSessionTimes times =
        session == null
            ? null
            : (ConsoleSessionTimes) session.getAttribute(ConsoleSessionKeeper.TIMES);
    if (times == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    Instant now = Instant.now();
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("idleSecondsLeft", limits.idleSecondsLeft(times, now))
                .add("absoluteSecondsLeft", limits.absoluteSecondsLeft(times, now))
                .add("warningSeconds", limits.warning().toSeconds())
                .build()
                .toString());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doGet(request, response);
  }
}
