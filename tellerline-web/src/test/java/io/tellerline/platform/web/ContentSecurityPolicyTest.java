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
  void allowsNoInlineScriptNorStyleNorEval() {
    String value = policy.value(Optional.empty());
    assertTrue(value.contains("script-src 'self';"), value);
    assertTrue(value.contains("style-src 'self';"), value);
    assertFalse(value.contains("unsafe-"), value);
    assertTrue(value.contains("object-src 'none'"), value);
    assertTrue(value.contains("frame-ancestors 'none'"), value);
    assertTrue(value.contains("base-uri 'none'"), value);
  }

  @Test
  void theIdentityProvidersOriginOnlyForConnectionsAndFormRedirects() {
    String value = policy.value(Optional.empty());
    assertTrue(value.contains("connect-src 'self' https://login.bank.example;"), value);
    assertTrue(value.endsWith("form-action 'self' https://login.bank.example"), value);
    assertFalse(value.contains("/realms"), value);
  }

  @Test
  void keepsTheIssuersPort() {
    assertTrue(
        new ContentSecurityPolicy("http://localhost:8180/realms/tellerline")
            .value(Optional.empty())
            .contains("connect-src 'self' http://localhost:8180;"));
  }

  @Test
  void aNonceJoinsTheScriptSources() {
    assertTrue(
        policy
            .value(Optional.of("'nonce-abc123=='"))
            .contains("script-src 'self' 'nonce-abc123==';"));
  }

  @Test
  void findsPrimeFacesNonce() {
    assertEquals(
        Optional.of("'nonce-YTQy_M2Z-iNTk='"),
        ContentSecurityPolicy.nonceIn("script-src 'self' 'nonce-YTQy_M2Z-iNTk=';"));
    assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn("script-src 'self'"));
    assertEquals(
        Optional.of("'nonce-a1'"),
        ContentSecurityPolicy.nonceIn("script-src 'nonce-a1' 'unsafe-inline' https://evil.example"),
        "the nonce only: nothing else of the other policy is taken over");
  }

  @Test
  void noIdentityProviderWithoutAUsableIssuer() {
    String value = new ContentSecurityPolicy("not a url").value(Optional.empty());
    assertTrue(value.contains("connect-src 'self';"), value);
  }
}
