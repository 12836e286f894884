package io.tellerline.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The chat's session limits in production (the browser test runs with shorter ones). */
class ChatConfigResourceTest {

  @Test
  void productionSignsAnInactiveCustomerOutAfterFiveMinutesWarningAMinuteBefore()
      throws NoSuchFieldException {
    assertEquals("PT5M", defaultOf("idleTimeout"));
    assertEquals("PT1M", defaultOf("idleWarning"));
    assertEquals("PT30M", defaultOf("sessionMax"));
  }

  @Test
  void noConfigurationKeepsACustomerSignedInLongerThanFiveIdleMinutes() {
    ChatConfigResource resource = new ChatConfigResource();
    resource.issuer = "http://localhost:8180/realms/tellerline";
    resource.clientId = "tellerline-chat";
    resource.idleTimeout = Duration.ofHours(1);
    resource.idleWarning = Duration.ofHours(2);
    resource.sessionMax = Duration.ofMinutes(30);

    ChatConfigResource.ChatConfig config = resource.get();

    assertEquals(300, config.idleTimeoutSeconds());
    assertEquals(150, config.idleWarningSeconds());
    assertEquals("tellerline", config.realm());
  }

  private static String defaultOf(String field) throws NoSuchFieldException {
    return ChatConfigResource.class
        .getDeclaredField(field)
        .getAnnotation(ConfigProperty.class)
        .defaultValue();
  }
}
