package io.tellerline.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsolePolicyResponseTest {

  private static final String NONCE = "MmQ4ZmI1ZTEtNzZhYS00YzE5LWJhNTMtYjk3ZDc5ZGQxMDQ1";

  private final ContentSecurityPolicy policy =
      new ContentSecurityPolicy("https://login.bank.example/realms/tellerline");
  private final List<String> headers = new ArrayList<>();
  private final ConsolePolicyResponse response =
      new ConsolePolicyResponse(recording(headers), policy);

  @Test
  void primeFacesPolicyIsReplacedByOursWithItsNonce() {
    response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "';");
    assertEquals(List.of("set Content-Security-Policy: " + policy.console(NONCE)), headers);
  }

  @Test
  void aPolicyWithoutAWellFormedNonceLeavesTheStrictOneAlone() {
    response.setHeader("content-security-policy", "script-src 'self' 'unsafe-inline'");
    response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-<x>'");
    assertEquals(List.of(), headers);
  }

  @Test
  void otherHeadersPassUnchanged() {
    response.addHeader("X-Powered-By", "nobody");
    response.setHeader("Cache-Control", "no-store");
    assertEquals(List.of("add X-Powered-By: nobody", "set Cache-Control: no-store"), headers);
  }

  private static HttpServletResponse recording(List<String> headers) {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            HttpServletResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" -> headers.add("set " + args[0] + ": " + args[1]);
                case "addHeader" -> headers.add("add " + args[0] + ": " + args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }
}
