package io.tellerline.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;

/** Request headers for a mapper under test: only the accepted languages. */
final class AcceptLanguage {

  private AcceptLanguage() {}

  static HttpHeaders of(Locale... accepted) {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            HttpHeaders.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getAcceptableLanguages")) {
                return List.of(accepted);
              }
              throw new AssertionError("unexpected call: " + method);
            });
  }
}
