package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A console action that may ask for step-up: follows the step-up link (OTP) and acts again. */
public final class ConsoleStepUp {

  private ConsoleStepUp() {}

  /**
   * Runs {@code action}; if the page answers with a step-up link, the staff member steps up with
   * her one-time code and the action runs once more. Returns the last page.
   *
   * @param base the server's base URL, ending in a slash
   */
  public static String withStepUp(
      String base, KeycloakLogin staff, Supplier<HttpResponse<String>> action) {
    HttpResponse<String> first = action.get();
    assertEquals(200, first.statusCode(), first.body());
    Matcher stepUp =
        Pattern.compile("<a[^>]*id=\"step-up\"[^>]*href=\"([^\"]+)\"").matcher(first.body());
    if (!stepUp.find()) {
      return first.body();
    }
    String url = stepUp.group(1).replace("&amp;", "&");
    staff.browse(url.startsWith("http") ? url : base + url.replaceFirst("^/", ""));
    HttpResponse<String> again = action.get();
    assertEquals(200, again.statusCode(), again.body());
    assertFalse(again.body().contains("id=\"step-up\""), again.body());
    return again.body();
  }
}
