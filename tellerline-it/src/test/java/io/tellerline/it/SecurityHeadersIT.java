package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.DemoUser;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.KeycloakLogin;
import io.tellerline.it.support.OnPayaraMicro;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page the server sends carries the browser hardening: one Content-Security-Policy (strict:
 * no inline script or style, no eval; console pages allow their scripts with a per-response nonce),
 * a Permissions-Policy, no framing; the session cookie is Secure, HttpOnly and SameSite=Strict. The
 * browser's side (no violation while people work) is in {@code WebBrowserIT}.
 */
class SecurityHeadersIT extends OnPayaraMicro {

  @Test
  void anonymousPagesCarryTheStrictPolicy() {
    for (String page : List.of("", "chat/", "chat/index.html", "no-such-page", "api/chat-config")) {
      HttpResponse<String> response = Http.get(base(page), null);
      assertHardened(page, response, false);
    }
  }

  @Test
  void consolePagesCarryTheStrictPolicyWithTheirOwnNonce() {
    KeycloakLogin tessa = new KeycloakLogin(DemoUser.named(DemoUser.TESSA_TELLER));
    for (String page :
        List.of(
            "console/",
            "console/index.xhtml",
            "console/knowledge.xhtml",
            "console/customer.xhtml?customer=a0000000-0000-4000-8000-000000000002")) {
      assertNoncePerResponse(page, tessa);
    }
    KeycloakLogin cora = new KeycloakLogin(DemoUser.named("cora"));
    for (String page :
        List.of(
            "console/compliance/audit.xhtml",
            "console/compliance/erasure.xhtml",
            "console/compliance/policy.xhtml")) {
      assertNoncePerResponse(page, cora);
    }
    // The console's other responses (its scripts) are no pages: the strict policy, no nonce.
    for (String other : List.of("console/session.js", "console/live.js")) {
      HttpResponse<String> response = tessa.browse(base(other));
      assertHardened(other, response, false);
    }
  }

  /**
   * Two responses of one page: each has one policy, strict but for its own nonce, which is the
   * nonce PrimeFaces gives the page's scripts and forms.
   */
  private void assertNoncePerResponse(String page, KeycloakLogin staff) {
    List<String> nonces = new java.util.ArrayList<>();
    for (int response = 0; response < 2; response++) {
      HttpResponse<String> shown = staff.browse(base(page));
      assertHardened(page, shown, true);
      String policy = shown.headers().firstValue("Content-Security-Policy").orElseThrow();
      java.util.regex.Matcher nonce =
          java.util.regex.Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';")
              .matcher(policy);
      assertTrue(nonce.find(), page + ": " + policy);
      assertTrue(
          shown.body().contains("PrimeFaces.csp.init('" + nonce.group(1).replace("/", "\\/")),
          page + ": the page's forms get the header's nonce");
      assertTrue(
          shown.body().contains("nonce=\"" + nonce.group(1) + "\""),
          page + ": the page's scripts carry the header's nonce");
      nonces.add(nonce.group(1));
    }
    assertTrue(!nonces.get(0).equals(nonces.get(1)), page + ": one nonce per response " + nonces);
  }

  @Test
  void theSessionCookieIsSecureHttpOnlyAndStrict() {
    HttpResponse<String> signIn = Http.get(base("console/"), null);
    assertEquals(302, signIn.statusCode(), "the console sends a stranger to sign in");
    String cookie =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(header -> header.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + signIn.headers()));
    assertTrue(cookie.contains("; Secure"), cookie);
    assertTrue(cookie.contains("; HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
  }

  private static void assertHardened(String page, HttpResponse<String> response, boolean console) {
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), page + ": one policy, not several: " + policies);
    String policy = policies.get(0);
    if (console) {
      assertEquals(200, response.statusCode(), page);
    }
    String scripts = console ? "'self' 'nonce-" : "'self';";
    assertTrue(
        policy.startsWith("default-src 'self'; script-src " + scripts), page + ": " + policy);
    assertTrue(policy.contains("; style-src 'self';"), page + ": " + policy);
    assertFalse(policy.contains("unsafe-"), page + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), page + ": " + policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), page + ": " + policy);
    assertTrue(policy.contains("base-uri 'none'"), page + ": " + policy);
    assertTrue(
        response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), page);
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), page);
    assertEquals(
        "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), page);
    // Development over plain HTTP: no HSTS (production sends it always, HTTPS requests always).
    assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), page);
  }
}
