package io.tellerline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token of a console session, for the few forms that post to a servlet rather than
 * through Faces (whose view state already protects its own forms): a random value kept in the
 * session, rendered into the form as the field {@value #FIELD}, compared in constant time when the
 * form comes back. Another site can neither read it nor guess it.
 */
public final class CsrfToken {

  public static final String FIELD = "csrf";

  private static final String ATTRIBUTE = CsrfToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The session's token, made on first use. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, made);
      return made;
    }
  }

  /** Whether the request carries its session's token (a request without a session never does). */
  public static boolean accepts(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String given = request.getParameter(FIELD);
    if (session == null || given == null) {
      return false;
    }
    Object expected = session.getAttribute(ATTRIBUTE);
    return expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }
}
