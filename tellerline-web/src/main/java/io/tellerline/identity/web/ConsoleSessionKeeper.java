package io.tellerline.identity.web;

import io.tellerline.identity.application.IdTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.application.StaffSessionAudit;
import io.tellerline.identity.application.StaffSessionAudit.Ending;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides on every console request whether the signed-in session goes on: ends it at the idle or
 * absolute limit, counts the staff member's own requests as activity (live updates and the
 * session-status check are not), and refreshes the tokens now and then, taking the roles from the
 * new ID token and ending the session when Keycloak refuses (session ended, user disabled).
 */
@ApplicationScoped
public class ConsoleSessionKeeper {

  /** Request parameter marking a request the page made by itself (live update), not the person. */
  public static final String LIVE_PARAMETER = "tellerline.live";

  static final String TIMES = ConsoleSessionTimes.class.getName();
  private static final Logger LOG = Logger.getLogger(ConsoleSessionKeeper.class.getName());

  /** What becomes of the session with this request. */
  sealed interface Outcome {}

  record Kept(SignedInStaff staff) implements Outcome {}

  /**
   * Over by a time limit: a page the person opened goes on to end the Keycloak session too (with
   * the ID token); a background request gets 401.
   */
  record Expired(String idToken) implements Outcome {}

  /** Ended at Keycloak already: the staff member must sign in again. */
  record Ended() implements Outcome {}

  @Inject ConsoleSessionLimits limits;
  @Inject ConsoleTokens tokens;
  @Inject IdTokenVerifier idTokens;
  @Inject ConsoleSessions sessions;
  @Inject StaffSessionAudit audit;

  Outcome check(HttpServletRequest request, HttpSession session) {
    try {
      synchronized (sessions.lockFor(session)) {
        return checkLocked(request, session);
      }
    } catch (IllegalStateException invalidated) { // ended by another request or back-channel
      return new Ended();
    }
  }

  private Outcome checkLocked(HttpServletRequest request, HttpSession session) {
    SignedInStaff staff = (SignedInStaff) session.getAttribute(ConsoleSignIn.STAFF);
    ConsoleSessionTimes times = (ConsoleSessionTimes) session.getAttribute(TIMES);
    if (staff == null || times == null) {
      return new Ended();
    }
    Instant now = Instant.now();
    Optional<Ending> over = limits.over(times, now);
    if (over.isPresent()) {
      // A background request is answered 401 and ends nothing: the page then signs out through
      // the person's sign-out, which still finds the ID token to end the Keycloak session with.
      if (!isBackground(request)) {
        end(session, staff, over.get());
      }
      return new Expired(staff.idToken());
    }
    if (limits.refreshDue(times, now)) {
      try {
        staff = refreshed(staff);
        times = times.refreshedAt(now);
      } catch (ConsoleTokens.SessionEndedException | InvalidAccessTokenException e) {
        LOG.info(() -> "console session ended at the identity provider: " + e.getMessage());
        end(session, staff, Ending.ENDED_AT_IDENTITY_PROVIDER);
        return new Ended();
      } catch (IOException e) { // Keycloak unreachable: keep the session, try again next time
        LOG.warning(() -> "console token refresh failed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (isActivity(request)) {
      times = times.activeAt(now);
    }
    session.setAttribute(ConsoleSignIn.STAFF, staff);
    session.setAttribute(TIMES, times);
    return new Kept(staff);
  }

  private SignedInStaff refreshed(SignedInStaff staff)
      throws IOException, InterruptedException, ConsoleTokens.SessionEndedException {
    ConsoleTokens.Tokens refreshed = tokens.refresh(staff.refreshToken());
    return staff.refreshed(
        idTokens.verifyRefreshedIdToken(refreshed.idToken(), tokens.clientId(), staff.subject()),
        refreshed);
  }

  void end(HttpSession session, SignedInStaff staff, Ending why) {
    session.invalidate();
    audit.ended(staff.username(), why);
  }

  /** What the page requests by itself: ajax re-renders, the event stream, the session check. */
  static boolean isBackground(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "partial/ajax".equals(request.getHeader("Faces-Request"))
        || ConsoleSignIn.EVENTS_PATH.equals(path)
        || ConsoleSignIn.SESSION_PATH.equals(path);
  }

  /** Live updates, their event stream and the page's session-status check are not activity. */
  static boolean isActivity(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (ConsoleSignIn.EVENTS_PATH.equals(path)) {
      return false;
    }
    if (ConsoleSignIn.SESSION_PATH.equals(path) && "GET".equals(request.getMethod())) {
      return false;
    }
    return request.getParameter(LIVE_PARAMETER) == null;
  }
}
