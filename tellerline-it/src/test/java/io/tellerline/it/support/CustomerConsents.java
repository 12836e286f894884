package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** A customer gives or withdraws a consent through the API, naming the current notice's version. */
public final class CustomerConsents {

  private CustomerConsents() {}

  /**
   * @param consents the URL of {@code /api/me/consents}
   * @param purpose e.g. {@code personal-insights}
   */
  public static void set(String consents, String token, String purpose, boolean granted) {
    String version = Json.parse(Http.get(consents, token).body()).getString("noticeVersion");
    HttpResponse<String> changed =
        Http.putJson(
            consents + "/" + purpose,
            token,
            "{\"granted\":" + granted + ",\"textVersion\":\"" + version + "\"}");
    assertEquals(200, changed.statusCode(), changed.body());
  }
}
