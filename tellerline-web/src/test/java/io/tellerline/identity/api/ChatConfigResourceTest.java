package io.tellerline.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.platform.BoundedConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chat's session limits in production (the browser test runs with shorter ones). */
class ChatConfigResourceTest {

  @Test
  void productionSignsAnInactiveCustomerOutAfterFiveMinutesWarningAMinuteBefore() {
    ChatConfigResource.ChatConfig config = configured(Map.of());

    assertEquals(300, config.idleTimeoutSeconds());
    assertEquals(60, config.idleWarningSeconds());
    assertEquals(1800, config.sessionMaxSeconds());
    assertEquals("tellerline", config.realm());
    assertEquals("http://localhost:8180", config.url());
  }

  @Test
  void noConfigurationKeepsACustomerSignedInLongerThanFiveIdleMinutes() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> configured(Map.of("tellerline.chat.idle-timeout", "PT1H")));

    assertEquals(
        "configuration tellerline.chat.idle-timeout must be from PT10S to PT5M, not PT1H",
        refused.getMessage());
  }

  @Test
  void aWarningNoShorterThanTheIdleTimeComesHalfWayAndAMalformedOneIsNamed() {
    ChatConfigResource.ChatConfig config =
        configured(
            Map.of(
                "tellerline.chat.idle-timeout", "PT20S", "tellerline.chat.idle-warning", "PT1M"));
    assertEquals(20, config.idleTimeoutSeconds());
    assertEquals(10, config.idleWarningSeconds());

    IllegalStateException malformed =
        assertThrows(
            IllegalStateException.class,
            () -> configured(Map.of("tellerline.chat.session-max", "30 minutes")));
    assertEquals(
        "configuration tellerline.chat.session-max must be an ISO-8601 duration such as PT5M, not"
            + " \"30 minutes\"",
        malformed.getMessage());
  }

  private static ChatConfigResource.ChatConfig configured(Map<String, String> values) {
    ChatConfigResource resource = new ChatConfigResource();
    resource.issuer = "http://localhost:8180/realms/tellerline";
    resource.clientId = "tellerline-chat";
    resource.limitsFrom(new BoundedConfig(key -> Optional.ofNullable(values.get(key))));
    return resource.get();
  }
}
