package io.tellerline.console;

import io.tellerline.banking.application.CustomerOverview;
import io.tellerline.banking.application.CustomerOverviewService;
import io.tellerline.identity.application.StaffIdentityService;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.domain.LoginStatus;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
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
  @Inject transient CustomerOverviewService overviews;
  @Inject transient HttpServletRequest request;

  private String customer;

  private String reason;

  private LoginStatus status;
  private CustomerOverview overview;
  private String stepUpUrl;

  /** viewAction: loads the status once per view; an unknown or malformed id shows a message. */
  public void load() {
    try {
      overview = overviews.overview(customerId());
      status = identities.loginStatus(ConsolePage.signedInStaff(request), customerId());
    } catch (IllegalArgumentException | EJBException e) {
      status = null;
      ConsolePage.error("There is no such customer.");
    }
  }

  public void requireOtpReEnrolment() {
    act(
        () -> identities.requireOtpReEnrolment(ConsolePage.signedInStaff(request), customerId()),
        "OTP re-enrolment required.");
  }

  public void disableLogin() {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      ConsolePage.error("Give a reason of at most 500 characters for disabling the login.");
      return;
    }
    act(
        () -> identities.disableLogin(ConsolePage.signedInStaff(request), customerId(), reason),
        "Login disabled.");
    reason = null;
  }

  public void enableLogin() {
    act(
        () -> identities.enableLogin(ConsolePage.signedInStaff(request), customerId()),
        "Login enabled again.");
  }

  public boolean isSupervisor() {
    return ConsolePage.signedInStaff(request).hasRole(Role.SUPERVISOR);
  }

  private void act(Runnable operation, String done) {
    stepUpUrl = null;
    try {
      operation.run();
      ConsolePage.info(done);
      status = identities.loginStatus(ConsolePage.signedInStaff(request), customerId());
    } catch (StaffStepUpRequiredException e) {
      stepUpUrl =
          ConsolePage.stepUpUrl(
              request, "/console/customer.xhtml?customer=" + customerId().value(), e);
      ConsolePage.error(
          "Please confirm it is you with your one-time code first, then repeat the action.");
    } catch (EJBAccessException e) {
      ConsolePage.error("Your role does not allow this action.");
    } catch (EJBException e) {
      ConsolePage.expected(e, NoSuchElementException.class);
      ConsolePage.error("There is no such customer.");
    } catch (IllegalArgumentException e) {
      ConsolePage.error("There is no such customer.");
    }
  }

  private CustomerId customerId() {
    return new CustomerId(UUID.fromString(customer == null ? "" : customer.strip()));
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

  public CustomerOverview getOverview() {
    return overview;
  }

  public LoginStatus getStatus() {
    return status;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
