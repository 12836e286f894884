package io.tellerline.identity.web;

import io.tellerline.identity.application.IdTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  private static final int MAX_STEP_UP_AGE = 3600;
  private static final String STAFF = SignedInStaff.class.getName();
  private static final String PENDING = PendingSignIn.class.getName();
  private static final Logger LOG = Logger.getLogger(ConsoleSignIn.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject IdTokenVerifier idTokens;

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "tellerline.console.client-id", defaultValue = "tellerline-console")
  String clientId;

  /** Dev-only default in microprofile-config.properties; production sets its own secret. */
  @Inject
  @ConfigProperty(name = "tellerline.console.client-secret")
  String clientSecret;

  AuthenticationStatus handle(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    SignedInStaff staff = session == null ? null : (SignedInStaff) session.getAttribute(STAFF);
    if (CALLBACK_PATH.equals(pathOf(request))) {
      return completeSignIn(request, context);
    }
    if (staff != null && STEP_UP_PATH.equals(pathOf(request))) {
      return startStepUp(request, context);
    }
    if (staff != null) {
      return context.notifyContainerAboutLogin(
          new VerifiedCallerPrincipal(staff.asCaller()), staff.roles());
    }
    if (context.isProtected()) {
      return startSignIn(request, context, request.getRequestURI() + query(request), Map.of());
    }
    return context.doNothing();
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
    query.put("client_id", clientId);
    query.put("post_logout_redirect_uri", baseUrl(request) + "/");
    if (idToken != null) {
      query.put("id_token_hint", idToken);
    }
    return issuer + "/protocol/openid-connect/logout?" + form(query);
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
    query.put("client_id", clientId);
    query.put("redirect_uri", redirectUri(request));
    query.put("scope", "openid profile email");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", sha256(pending.codeVerifier()));
    query.put("code_challenge_method", "S256");
    query.putAll(extraParameters);
    return context.redirect(issuer + "/protocol/openid-connect/auth?" + form(query));
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
      String idToken = exchange(code, pending, request);
      Caller staff = idTokens.verifyIdToken(idToken, clientId, pending.nonce());
      request.changeSessionId(); // no session fixation across sign-in
      session.setAttribute(STAFF, SignedInStaff.of(staff, idToken));
      return context.redirect(pending.returnTo());
    } catch (InvalidAccessTokenException | IOException e) {
      LOG.warning(() -> "console sign-in failed: " + e.getMessage());
      return context.responseUnauthorized();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return context.responseUnauthorized();
    }
  }

  private String exchange(String code, PendingSignIn pending, HttpServletRequest request)
      throws IOException, InterruptedException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri(request));
    body.put("client_id", clientId);
    body.put("client_secret", clientSecret);
    body.put("code_verifier", pending.codeVerifier());
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject tokens = reader.readObject();
      return tokens.getString("id_token");
    }
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

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
