package io.tellerline.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmbiguousPathsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/%2e%2e%2fconsole/events",
        "/api/%2E%2E%2Fconsole/compliance/export",
        "/api/..%2fconsole/training/intent-corrections.csv",
        "/api/%2e%2e/console/events",
        "/api/conversations%2f123",
        "/api/..%5cconsole",
        "/api/../console/events",
        "/api/./me",
        "/api/..;/console/events",
        "/console;jsessionid=1/index.xhtml",
        "/api/me%00",
        "/api\\..\\console"
      })
  void refusesEncodedAndDotSegments(String path) {
    assertTrue(AmbiguousPaths.isAmbiguous(path), path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/me",
        "/api/conversations/0b6f0e6e-0000-4000-8000-000000000001/messages",
        "/chat/",
        "/console/index.xhtml",
        "/jakarta.faces.resource/jsf.js.xhtml",
        "/api/statements/b0000000-0000-4000-8000-000000000011/2026-11",
        "/chat/chat.js",
        "/api/..data", // a name that starts with two dots is not a dot segment
        ""
      })
  void letsPlainPathsThrough(String path) {
    assertFalse(AmbiguousPaths.isAmbiguous(path), path);
  }
}
