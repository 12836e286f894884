package io.tellerline.console;

import io.tellerline.banking.domain.CustomerId;
import io.tellerline.identity.application.StaffIdentityService;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.domain.Caller;
import io.tellerline.identity.domain.LoginStatus;
import io.tellerline.identity.domain.Role;
import io.tellerline.identity.web.ConsoleSignIn;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The console's view of one customer's login: OTP enrolment, last sign-in, enabled or not; and the
 * staff identity operations. A refused operation for lack of step-up offers the step-up link.
 */
@Named
@ViewScoped
public class CustomerLoginBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffIdentityService identities;
  @Inject transient HttpServletRequest request;

  private String customer;

  private String reason;

  private LoginStatus status;
  private String stepUpUrl;

  /** viewAction: loads the status once per view; an unknown or malformed id shows a message. */
  public void load() {
    try {
      status = identities.loginStatus(staff(), customerId());
    } catch (IllegalArgumentException | EJBException e) {
      status = null;
      error("There is no such customer.");
    }
  }

  public void requireOtpReEnrolment() {
    act(
        () -> identities.requireOtpReEnrolment(staff(), customerId()),
        "OTP re-enrolment required.");
  }

  public void disableLogin() {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      error("Give a reason of at most 500 characters for disabling the login.");
      return;
    }
    act(() -> identities.disableLogin(staff(), customerId(), reason), "Login disabled.");
    reason = null;
  }

  public void enableLogin() {
    act(() -> identities.enableLogin(staff(), customerId()), "Login enabled again.");
  }

  public boolean isSupervisor() {
    return staff().hasRole(Role.SUPERVISOR);
  }

  private void act(Runnable operation, String done) {
    stepUpUrl = null;
    try {
      operation.run();
      info(done);
      status = identities.loginStatus(staff(), customerId());
    } catch (StaffStepUpRequiredException e) {
      long maxAge = e.decision().requirement().maxAge().map(Duration::toSeconds).orElse(0L);
      stepUpUrl = stepUpUrl(maxAge);
      error("Please confirm it is you with your one-time code first, then repeat the action.");
    } catch (EJBAccessException e) {
      error("Your role does not allow this action.");
    } catch (EJBException e) {
      if (!(e.getCause() instanceof NoSuchElementException)) {
        throw e;
      }
      error("There is no such customer.");
    } catch (IllegalArgumentException e) {
      error("There is no such customer.");
    }
  }

  private String stepUpUrl(long maxAge) {
    String page =
        request.getContextPath() + "/console/customer.xhtml?customer=" + customerId().value();
    return request.getContextPath()
        + "/console/step-up?max_age="
        + maxAge
        + "&return="
        + URLEncoder.encode(page, StandardCharsets.UTF_8);
  }

  private Caller staff() {
    return ConsoleSignIn.signedInStaff(request)
        .orElseThrow(
            () -> new IllegalStateException("the console requires a signed-in staff member"));
  }

  private CustomerId customerId() {
    return new CustomerId(UUID.fromString(customer == null ? "" : customer.strip()));
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LoginStatus getStatus() {
    return status;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
