package io.tellerline.console;

import io.tellerline.banking.application.CustomerOverview;
import io.tellerline.banking.application.CustomerOverviewService;
import io.tellerline.identity.application.CustomerNotFoundException;
import io.tellerline.identity.application.StaffAccessReasonRequiredException;
import io.tellerline.identity.application.StaffIdentityService;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.domain.LoginStatus;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The console's view of one customer's login: OTP enrolment, last sign-in, enabled or not; and the
 * staff identity operations. A refused operation for lack of step-up offers the step-up link.
 */
@Named
@ViewScoped
public class CustomerLoginBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffIdentityService identities;
  @Inject CustomerOverviewService overviews;
  @Inject HttpServletRequest request;

  private String customer;

  private String reason;

  private LoginStatus status;
  private CustomerOverview overview;
  private String stepUpUrl;
  private final AccessReasonForm access = new AccessReasonForm();

  /** viewAction: loads the status once per view; an unknown or malformed id shows a message. */
  public void load() {
    Optional<CustomerId> id = customerId();
    if (id.isEmpty()) {
      ConsolePage.error(new CustomerNotFoundException().message(ConsolePage.LANGUAGE));
      return;
    }
    open(id.get(), Optional.empty());
  }

  /** Opens the customer beyond her need-to-know with the reason she wrote (audited). */
  public void openWithReason() {
    customerId().ifPresent(id -> open(id, access.take()));
  }

  private void open(CustomerId id, Optional<String> reason) {
    try {
      overview = overviews.overview(id, reason);
      status = identities.loginStatus(ConsolePage.signedInStaff(request), id);
      access.answered();
    } catch (StaffAccessReasonRequiredException e) {
      overview = null;
      status = null;
      access.ask();
      ConsolePage.showFailure(e);
    } catch (RuntimeException e) {
      overview = null;
      status = null;
      ConsolePage.showFailure(e);
    }
  }

  public void requireOtpReEnrolment() {
    act(
        id -> identities.requireOtpReEnrolment(ConsolePage.signedInStaff(request), id),
        "OTP re-enrolment required.");
  }

  public void disableLogin() {
    if (act(
        id -> identities.disableLogin(ConsolePage.signedInStaff(request), id, reason),
        "Login disabled.")) {
      reason = null;
    }
  }

  public void enableLogin() {
    act(
        id -> identities.enableLogin(ConsolePage.signedInStaff(request), id),
        "Login enabled again.");
  }

  public boolean isSupervisor() {
    return ConsolePage.signedInStaff(request).hasRole(Role.SUPERVISOR);
  }

  /** Runs a staff operation on the customer; true if it was done. */
  private boolean act(Consumer<CustomerId> operation, String done) {
    stepUpUrl = null;
    Optional<CustomerId> id = customerId();
    if (id.isEmpty()) {
      ConsolePage.error(new CustomerNotFoundException().message(ConsolePage.LANGUAGE));
      return false;
    }
    try {
      operation.accept(id.get());
      ConsolePage.info(done);
      status = identities.loginStatus(ConsolePage.signedInStaff(request), id.get());
      return true;
    } catch (StaffStepUpRequiredException e) {
      stepUpUrl =
          ConsolePage.stepUpUrl(request, "/console/customer.xhtml?customer=" + id.get().value(), e);
      ConsolePage.showFailure(e);
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
    return false;
  }

  /** The customer named in the page's address; empty if it is not a pseudonym (a UUID). */
  private Optional<CustomerId> customerId() {
    try {
      return Optional.of(new CustomerId(UUID.fromString(customer == null ? "" : customer.strip())));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
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

  public AccessReasonForm getAccess() {
    return access;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
