package io.tellerline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  private final ContentSecurityPolicy policy =
      new ContentSecurityPolicy("https://login.bank.example/realms/tellerline");

  @Test
  void theStrictPolicyAllowsNoInlineScriptNorStyleNorEval() {
    String value = policy.strict();
    assertTrue(value.contains("script-src 'self';"), value);
    assertTrue(value.contains("style-src 'self';"), value);
    assertFalse(value.contains("unsafe-"), value);
    assertTrue(value.contains("object-src 'none'"), value);
    assertTrue(value.contains("frame-ancestors 'none'"), value);
    assertTrue(value.contains("base-uri 'none'"), value);
  }

  /** The console differs only in the page's nonce for scripts: no inline code, no eval. */
  @Test
  void theConsolePolicyAddsOnlyThePagesNonceForScripts() {
    String nonce = "MmQ4ZmI1ZTEtNzZhYS00YzE5LWJhNTMtYjk3ZDc5ZGQxMDQ1";
    assertEquals(
        policy.strict().replace("script-src 'self';", "script-src 'self' 'nonce-" + nonce + "';"),
        policy.console(nonce));
  }

  @Test
  void takesOnlyAWellFormedNonceFromPrimeFacesPolicy() {
    assertEquals(
        Optional.of("MmQ4ZmI1ZTEtNzZhYS00YzE5LWJhNTMtYjk3ZDc5ZGQxMDQ1"),
        ContentSecurityPolicy.nonceIn(
            "script-src 'self' 'nonce-MmQ4ZmI1ZTEtNzZhYS00YzE5LWJhNTMtYjk3ZDc5ZGQxMDQ1';"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn("script-src 'self';"));
    assertEquals(
        Optional.empty(),
        ContentSecurityPolicy.nonceIn("script-src 'nonce-abc'; report-uri https://evil.example"));
    assertEquals(
        Optional.empty(), ContentSecurityPolicy.nonceIn("script-src 'nonce-a\r\nSet-Cookie: x=1'"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn(null));
  }

  @Test
  void theIdentityProvidersOriginOnlyForConnectionsAndFormRedirects() {
    String value = policy.strict();
    assertTrue(value.contains("connect-src 'self' https://login.bank.example;"), value);
    assertTrue(value.endsWith("form-action 'self' https://login.bank.example"), value);
    assertFalse(value.contains("/realms"), value);
  }

  @Test
  void keepsTheIssuersPort() {
    assertTrue(
        new ContentSecurityPolicy("http://localhost:8180/realms/tellerline")
            .strict()
            .contains("connect-src 'self' http://localhost:8180;"));
  }

  @Test
  void noIdentityProviderWithoutAUsableIssuer() {
    String value = new ContentSecurityPolicy("not a url").strict();
    assertTrue(value.contains("connect-src 'self';"), value);
  }
}
