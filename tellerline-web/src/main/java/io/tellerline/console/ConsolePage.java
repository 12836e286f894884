package io.tellerline.console;

import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.web.ConsoleSignIn;
import io.tellerline.kernel.Caller;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What every console page bean needs: the signed-in staff member, step-up links, messages. */
public final class ConsolePage {

  private ConsolePage() {}

  public static Caller signedInStaff(HttpServletRequest request) {
    return ConsoleSignIn.signedInStaff(request)
        .orElseThrow(
            () -> new IllegalStateException("the console requires a signed-in staff member"));
  }

  /**
   * The link that sends the staff member through step-up (acr mfa, the policy's max age) and back
   * to {@code page} (a path below the context root, with its query).
   */
  public static String stepUpUrl(
      HttpServletRequest request, String page, StaffStepUpRequiredException refusal) {
    long maxAge = refusal.decision().requirement().maxAge().map(Duration::toSeconds).orElse(0L);
    return request.getContextPath()
        + "/console/step-up?max_age="
        + maxAge
        + "&return="
        + URLEncoder.encode(request.getContextPath() + page, StandardCharsets.UTF_8);
  }

  /**
   * The business error of the given type an EJB call failed with (services report bad input as
   * IllegalArgumentException or NoSuchElementException, which the container wraps); any other
   * failure is rethrown, to the error page.
   */
  public static <T extends Throwable> T expected(EJBException failure, Class<T> type) {
    if (type.isInstance(failure.getCause())) {
      return type.cast(failure.getCause());
    }
    throw failure;
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }
}
