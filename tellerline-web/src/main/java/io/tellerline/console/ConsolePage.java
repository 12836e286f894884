package io.tellerline.console;

import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.web.ConsoleSignIn;
import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.ConcurrentChangeException;
import io.tellerline.platform.persistence.CauseChain;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What every console page bean needs: the signed-in staff member, step-up links, messages. */
public final class ConsolePage {

  /** The console is written in English; its failure texts follow when its pages are translated. */
  public static final Locale LANGUAGE = Locale.ENGLISH;

  private static final String CONCURRENT_CHANGE =
      "Someone else changed this at the same time. Please try again.";

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
   * Shows why an action failed, as an error message on the page: a business failure's own text, a
   * refused role, or a concurrent change. Anything else is rethrown, to the error page.
   */
  public static void showFailure(RuntimeException failure) {
    Optional<String> text = describe(failure);
    if (text.isEmpty()) {
      throw failure;
    }
    error(text.get());
  }

  /**
   * The text for a failure the staff member can act on, if it is one. The one place the console
   * looks into an EJBException: business failures are application exceptions and arrive unwrapped,
   * but a container may still wrap one once.
   */
  static Optional<String> describe(RuntimeException failure) {
    Throwable shown =
        failure instanceof EJBException && !(failure instanceof EJBAccessException)
            ? Optional.ofNullable(failure.getCause()).orElse(failure)
            : failure;
    if (shown instanceof ConcurrentChangeException) {
      // Its own text speaks to a customer who sent a message twice; staff lose a race to a
      // colleague.
      return Optional.of(CONCURRENT_CHANGE);
    }
    if (shown instanceof BusinessException business) {
      return Optional.of(business.message(LANGUAGE));
    }
    if (shown instanceof EJBAccessException) {
      return Optional.of("Your role does not allow this action.");
    }
    if (concurrentChange(failure)) {
      return Optional.of(CONCURRENT_CHANGE);
    }
    return Optional.empty();
  }

  /**
   * An optimistic-lock conflict anywhere in the cause chain, JPA's or EclipseLink's. Matched by
   * simple name because a conflict found at commit arrives as EclipseLink's own {@code
   * org.eclipse.persistence.exceptions.OptimisticLockException}, which is no subtype of JPA's and
   * is not on this module's compile path (EclipseLink is Payara's, not a dependency of ours).
   */
  private static boolean concurrentChange(Throwable failure) {
    return CauseChain.of(failure)
        .anyMatch(cause -> cause.getClass().getSimpleName().equals("OptimisticLockException"));
  }

  /**
   * Runs a console action; a failure shows as the page's message. Returns the step-up link when the
   * action was refused for want of a recent multi-factor sign-in, else null.
   */
  public static String attempt(HttpServletRequest request, String page, Runnable action) {
    try {
      action.run();
      return null;
    } catch (StaffStepUpRequiredException e) {
      showFailure(e);
      return stepUpUrl(request, page, e);
    } catch (RuntimeException e) {
      showFailure(e);
      return null;
    }
  }

  /** An id as typed or chosen; one that is not a UUID (or none) names nothing: then not found. */
  public static UUID uuidOrNobody(String typed) {
    try {
      return UUID.fromString(typed == null ? "" : typed.strip());
    } catch (IllegalArgumentException notAUuid) {
      return new UUID(0, 0);
    }
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
