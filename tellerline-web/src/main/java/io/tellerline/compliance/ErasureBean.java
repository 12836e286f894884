package io.tellerline.compliance;

import io.tellerline.console.ConsolePage;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.CustomerErasureService;
import io.tellerline.privacy.domain.Erasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.UUID;

/** The compliance page that carries out an erasure request (crypto-shredding) for one customer. */
@Named
@ViewScoped
public class ErasureBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CustomerErasureService erasures;
  @Inject transient HttpServletRequest request;

  private String customer;
  private String reason;
  private Erasure done;
  private String stepUpUrl;

  public void erase() {
    stepUpUrl = null;
    done = null;
    try {
      done = erasures.erase(ConsolePage.signedInStaff(request), customerId(), reason);
      reason = null;
      ConsolePage.info(
          "The customer's personal data was erased. The audit log records the erasure.");
    } catch (StaffStepUpRequiredException e) {
      stepUpUrl = ConsolePage.stepUpUrl(request, "/console/compliance/erasure.xhtml", e);
      ConsolePage.showFailure(e);
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** The customer's pseudonym as typed; one that is not a UUID names nobody (not found). */
  private CustomerId customerId() {
    try {
      return new CustomerId(UUID.fromString(customer == null ? "" : customer.strip()));
    } catch (IllegalArgumentException notAUuid) {
      return new CustomerId(new UUID(0, 0));
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

  public Erasure getDone() {
    return done;
  }

  public String getStepUpUrl() {
    return stepUpUrl;
  }
}
