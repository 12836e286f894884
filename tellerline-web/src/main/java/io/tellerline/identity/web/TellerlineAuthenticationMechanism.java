package io.tellerline.identity.web;

import io.tellerline.identity.application.AccessTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import io.tellerline.platform.web.AmbiguousPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The application's one Jakarta Security mechanism. API calls ({@code /api/*}) authenticate with a
 * bearer access token, verified locally; everything else (the console) signs in with OpenID
 * Connect. Either way the container knows the caller and their roles, so web.xml constraints and
 * {@code @RolesAllowed} on EJBs apply.
 *
 * <p>One mechanism rather than Payara's built-in OpenID Connect one: that one also claims requests
 * carrying {@code Authorization: Bearer} and redirects them to a login page.
 */
@ApplicationScoped
public class TellerlineAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute holding the verified API {@link Caller}. */
  public static final String API_CALLER = Caller.class.getName();

  /** Request attribute holding the RFC 6750 error code when a presented token was rejected. */
  public static final String TOKEN_ERROR =
      TellerlineAuthenticationMechanism.class.getName() + ".error";

  private static final Logger LOG =
      Logger.getLogger(TellerlineAuthenticationMechanism.class.getName());
  private static final String BEARER = "Bearer ";

  @Inject AccessTokenVerifier accessTokens;
  @Inject ConsoleSignIn consoleSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // First, before any decision: the container would serve such a path from another place
    // than the one the checks below (and web.xml's constraints) read from it.
    if (AmbiguousPaths.isAmbiguous(request.getRequestURI())) {
      return refuse(response);
    }
    // Before anything reads a parameter (the console's session keeper does, here): once parsed, a
    // form is decoded for good, and the container's default is ISO-8859-1, not the pages' UTF-8.
    if (request.getCharacterEncoding() == null) {
      setUtf8(request);
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return bearer(request, context);
    }
    return consoleSignIn.handle(request, context);
  }

  private static void setUtf8(HttpServletRequest request) {
    try {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AuthenticationStatus refuse(HttpServletResponse response) {
    try {
      AmbiguousPaths.refuse(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus bearer(HttpServletRequest request, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return context.doNothing(); // anonymous; the API decides per resource
    }
    if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      request.setAttribute(TOKEN_ERROR, "invalid_request");
      return context.doNothing();
    }
    try {
      Caller caller = accessTokens.verify(authorization.substring(BEARER.length()).strip());
      request.setAttribute(API_CALLER, caller);
      return context.notifyContainerAboutLogin(new VerifiedCallerPrincipal(caller), caller.roles());
    } catch (InvalidAccessTokenException e) {
      LOG.fine(e::getMessage);
      request.setAttribute(TOKEN_ERROR, "invalid_token");
      return context.doNothing();
    }
  }
}
