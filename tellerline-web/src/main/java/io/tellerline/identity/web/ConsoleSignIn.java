package io.tellerline.identity.web;

import io.tellerline.identity.application.IdTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.application.StaffSessionAudit;
import io.tellerline.identity.domain.AuthenticationLevel;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The console's OpenID Connect sign-in at Keycloak: authorization-code flow with PKCE, state and
 * nonce, as the confidential client {@code tellerline-console}. Realm roles arrive in the ID
 * token's {@code groups} claim and become the caller's groups (mapped to roles of the same names).
 */
@ApplicationScoped
public class ConsoleSignIn {

  static final String CALLBACK_PATH = "/console/callback";

  /** {@code /console/step-up?return=/console/...&max_age=300}: re-authenticate with OTP. */
  static final String STEP_UP_PATH = "/console/step-up";

  /** The console's live-update stream and its session-status check (see ConsoleSessionKeeper). */
  static final String EVENTS_PATH = "/console/events";

  static final String SESSION_PATH = "/console/session";

  /** Every staff role signs in to the console with multi-factor authentication (PCI DSS 8.4.2). */
  static final AuthenticationLevel REQUIRED_LEVEL = AuthenticationLevel.MFA;

  static final String STAFF = SignedInStaff.class.getName();
  private static final int MAX_STEP_UP_AGE = 3600;
  private static final String PENDING = PendingSignIn.class.getName();
  private static final Logger LOG = Logger.getLogger(ConsoleSignIn.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject IdTokenVerifier idTokens;
  @Inject ConsoleTokens tokens;
  @Inject ConsoleSessionKeeper keeper;
  @Inject ConsoleSessionLimits limits;
  @Inject ConsoleSessions sessions;
  @Inject StaffSessionAudit audit;

  AuthenticationStatus handle(HttpServletRequest request, HttpMessageContext context) {
    if (CALLBACK_PATH.equals(pathOf(request))) {
      return completeSignIn(request, context);
    }
    HttpSession session = request.getSession(false);
    if (hasSignedInStaff(session)) {
      ConsoleSessionKeeper.Outcome outcome = keeper.check(request, session);
      if (outcome instanceof ConsoleSessionKeeper.Kept kept) {
        return signedIn(request, context, kept.staff());
      }
      if (outcome instanceof ConsoleSessionKeeper.Expired expired) {
        return expired(request, context, expired.idToken());
      }
    }
    if (context.isProtected()) {
      return startSignIn(request, context, request.getRequestURI() + query(request), Map.of());
    }
    return context.doNothing();
  }

  private static boolean hasSignedInStaff(HttpSession session) {
    try {
      return session != null && session.getAttribute(STAFF) != null;
    } catch (IllegalStateException invalidated) { // by a back-channel logout just now
      return false;
    }
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, SignedInStaff staff) {
    if (STEP_UP_PATH.equals(pathOf(request))) {
      return startStepUp(request, context);
    }
    return context.notifyContainerAboutLogin(
        new VerifiedCallerPrincipal(staff.asCaller()), staff.roles());
  }

  /**
   * A session over its time limit: a page the person opened goes on to Keycloak's end-session
   * endpoint (ending the Keycloak session too, then the start page); the page's own background
   * requests just get 401, and session.js then signs out through the sign-out form.
   */
  private AuthenticationStatus expired(
      HttpServletRequest request, HttpMessageContext context, String idToken) {
    if (ConsoleSessionKeeper.isBackground(request)) {
      return refuse(context, HttpServletResponse.SC_UNAUTHORIZED);
    }
    return context.redirect(endSessionUrl(request, idToken));
  }

  private static AuthenticationStatus refuse(HttpMessageContext context, int status) {
    try {
      context.getResponse().sendError(status);
    } catch (IOException e) {
      LOG.fine(e::getMessage);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The signed-in staff member as a verified caller, for the application services. */
  public static Optional<Caller> signedInStaff(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    SignedInStaff staff = session == null ? null : (SignedInStaff) session.getAttribute(STAFF);
    return Optional.ofNullable(staff).map(SignedInStaff::asCaller);
  }

  /**
   * Sends a signed-in staff member to Keycloak for multi-factor authentication ({@code
   * acr_values=mfa}, {@code max_age}) and back to the console page they came from. The session's
   * staff record is replaced only when the new ID token verifies.
   */
  private AuthenticationStatus startStepUp(HttpServletRequest request, HttpMessageContext context) {
    String returnTo = request.getParameter("return");
    String console = request.getContextPath() + "/console/";
    if (returnTo == null
        || !returnTo.startsWith(console)
        || returnTo.contains("//")
        || returnTo.contains("\\")) {
      returnTo = console; // never redirect anywhere but the console
    }
    Map<String, String> stepUp = new LinkedHashMap<>();
    stepUp.put("acr_values", "mfa");
    stepUp.put("max_age", String.valueOf(maxAge(request.getParameter("max_age"))));
    return startSignIn(request, context, returnTo, stepUp);
  }

  private static int maxAge(String requested) {
    try {
      return Math.max(0, Math.min(MAX_STEP_UP_AGE, Integer.parseInt(requested)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Where Keycloak should send the browser after signing out of the console. */
  String endSessionUrl(HttpServletRequest request, String idToken) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("post_logout_redirect_uri", baseUrl(request) + "/");
    if (idToken != null) {
      query.put("id_token_hint", idToken);
    }
    return tokens.endSessionUrl(query);
  }

  static String signedInIdToken(HttpSession session) {
    SignedInStaff staff = session == null ? null : (SignedInStaff) session.getAttribute(STAFF);
    return staff == null ? null : staff.idToken();
  }

  private AuthenticationStatus startSignIn(
      HttpServletRequest request,
      HttpMessageContext context,
      String returnTo,
      Map<String, String> extraParameters) {
    PendingSignIn pending = new PendingSignIn(random(), random(), random(), returnTo);
    request.getSession(true).setAttribute(PENDING, pending);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("redirect_uri", redirectUri(request));
    query.put("scope", "openid profile email");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", sha256(pending.codeVerifier()));
    query.put("code_challenge_method", "S256");
    query.put("acr_values", REQUIRED_LEVEL.acrValue());
    query.putAll(extraParameters);
    return context.redirect(tokens.authorizationUrl(query));
  }

  private AuthenticationStatus completeSignIn(
      HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
    String code = request.getParameter("code");
    if (pending == null || code == null || !pending.state().equals(request.getParameter("state"))) {
      return context.responseUnauthorized();
    }
    session.removeAttribute(PENDING);
    try {
      ConsoleTokens.Tokens signIn =
          tokens.exchange(code, redirectUri(request), pending.codeVerifier());
      Caller staff = idTokens.verifyIdToken(signIn.idToken(), tokens.clientId(), pending.nonce());
      if (!AuthenticationLevel.fromAcr(staff.authenticationLevel()).satisfies(REQUIRED_LEVEL)) {
        // Keycloak issues a weaker token when acr_values were dropped on the way: refuse it.
        audit.signInRefused(staff, REQUIRED_LEVEL.acrValue());
        session.invalidate();
        return refuse(context, HttpServletResponse.SC_FORBIDDEN);
      }
      request.changeSessionId(); // no session fixation across sign-in
      keepSignedIn(session, staff, signIn);
      audit.signedIn(staff);
      return context.redirect(pending.returnTo());
    } catch (InvalidAccessTokenException | IOException e) {
      LOG.warning(() -> "console sign-in failed: " + e.getMessage());
      return context.responseUnauthorized();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return context.responseUnauthorized();
    }
  }

  private void keepSignedIn(HttpSession session, Caller staff, ConsoleTokens.Tokens signIn) {
    String keycloakSession = idTokens.sessionIdOf(signIn.idToken());
    ConsoleSessionTimes before =
        (ConsoleSessionTimes) session.getAttribute(ConsoleSessionKeeper.TIMES);
    Instant now = Instant.now();
    session.setAttribute(STAFF, SignedInStaff.of(staff, signIn, keycloakSession));
    session.setAttribute(
        ConsoleSessionKeeper.TIMES,
        before == null ? ConsoleSessionTimes.startedAt(now) : before.signedInAgainAt(now));
    // The container keeps the session a little longer than the idle limit, so that the page's own
    // sign-out at the limit still finds the ID token to end the Keycloak session with.
    session.setMaxInactiveInterval((int) limits.idle().plusMinutes(2).toSeconds());
    sessions.register(keycloakSession, session);
  }

  private static String query(HttpServletRequest request) {
    return request.getQueryString() == null ? "" : "?" + request.getQueryString();
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static String baseUrl(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String redirectUri(HttpServletRequest request) {
    return baseUrl(request) + CALLBACK_PATH;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
