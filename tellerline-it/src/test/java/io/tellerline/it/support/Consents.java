package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A customer's consents as the chat changes them (issue 20, item 6): {@code PUT
 * /api/me/consents/{purpose}} under the privacy notice's current version. The one way tests turn a
 * purpose on or off; {@code base} is the application's URL ending in a slash.
 */
public final class Consents {

  public static final String IMPROVE_ASSISTANT = "improve-assistant";
  public static final String PERSONAL_INSIGHTS = "personal-insights";
  public static final String PRODUCT_OFFERS = "product-offers";

  private Consents() {}

  /** Her consents: {@code noticeVersion}, {@code purposes} and {@code history}. */
  public static JsonObject of(String base, String token) {
    HttpResponse<String> read = Http.get(base + "api/me/consents", token);
    assertEquals(200, read.statusCode(), read.body());
    return Json.parse(read.body());
  }

  /** The request body that gives or withdraws a consent shown with the notice {@code version}. */
  public static String body(boolean granted, String version) {
    return "{\"granted\":" + granted + ",\"textVersion\":\"" + version + "\"}";
  }

  /** Gives or withdraws her consent to {@code purpose} under the notice's current version. */
  public static void change(String base, String token, String purpose, boolean granted) {
    String version = of(base, token).getString("noticeVersion");
    HttpResponse<String> changed =
        Http.putJson(base + "api/me/consents/" + purpose, token, body(granted, version));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** The changes of one purpose in an overview's history, oldest first. */
  public static List<JsonObject> history(JsonObject overview, String purpose) {
    return overview.getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .filter(change -> change.getString("purpose").equals(purpose))
        .toList();
  }

  /** Whether her latest consent to {@code purpose} is given. */
  public static boolean given(String base, String token, String purpose) {
    return of(base, token).getJsonArray("purposes").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("purpose").equals(purpose))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no purpose " + purpose))
        .getBoolean("granted");
  }
}
