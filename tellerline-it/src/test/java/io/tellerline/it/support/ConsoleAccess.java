package io.tellerline.it.support;

import java.util.Map;

/**
 * Opens a console page beyond the staff member's need-to-know: if the page asks why (its {@code
 * access} form), answers with the reason. A reason given earlier in the suite may still be valid
 * (it lasts a while), and then the page opens at once.
 */
public final class ConsoleAccess {

  private ConsoleAccess() {}

  /** The page's HTML once open. */
  public static String openWithReason(KeycloakLogin staff, String page, String reason) {
    String shown = staff.browse(page).body();
    if (!shown.contains("<form id=\"access\"")) {
      return shown;
    }
    return staff
        .submitWith(
            page, "access", "access:open-with-reason", Map.of("access:access-reason", reason))
        .body();
  }
}
