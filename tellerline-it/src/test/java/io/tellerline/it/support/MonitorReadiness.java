package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** The readiness details only the monitor may read ({@code GET /monitor/readiness}), checked. */
public final class MonitorReadiness {

  private MonitorReadiness() {}

  /**
   * Ready, with both JAX-RS implementations side by side (the application's Jersey, the staff
   * identity operations' isolated RESTEasy), and only after the NLU's start-up warm-up, whose size
   * the monitor sees (the suite configures 50 messages).
   */
  public static void assertReadyAfterWarmUp(String base) {
    HttpResponse<String> details =
        Http.get(base + "monitor/readiness", System.getenv("TELLERLINE_MONITOR_TOKEN"));
    assertEquals(200, details.statusCode(), details.body());
    assertTrue(details.body().contains("org.glassfish.jersey"), details.body());
    assertTrue(details.body().contains("org.jboss.resteasy"), details.body());
    assertTrue(
        details
            .body()
            .contains(
                "{\"name\":\"nlu-warm-up\",\"status\":\"UP\","
                    + "\"data\":{\"state\":\"done\",\"messages\":\"50\""),
        details.body());
  }
}
