package io.tellerline.compliance;

import io.tellerline.console.ConsolePage;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.CustomerErasureService;
import io.tellerline.privacy.application.ErasureRequest;
import io.tellerline.privacy.domain.Erasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The compliance page for erasure (crypto-shredding) under four eyes: one officer asks for a
 * customer's erasure with a reason, another approves it (it is carried out then) or rejects it.
 */
@Named
@ViewScoped
public class ErasureBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PAGE = "/console/compliance/erasure.xhtml";

  @Inject CustomerErasureService erasures;
  @Inject HttpServletRequest request;

  private String customer;
  private String reason;
  private String chosen;
  private List<ErasureRequest> pending = List.of();
  private Erasure done;
  private String stepUpUrl;

  /** viewAction: the requests waiting for a second officer. */
  public void load() {
    pending = erasures.pendingRequests();
  }

  public void requestErasure() {
    act(
        () -> {
          erasures.requestErasure(ConsolePage.signedInStaff(request), customerId(), reason);
          reason = null;
          ConsolePage.info(
              "Erasure requested. Another compliance officer must approve it before it is"
                  + " carried out.");
        });
  }

  public void approve() {
    act(
        () -> {
          done = erasures.approveErasure(ConsolePage.signedInStaff(request), chosenRequest());
          chosen = null;
          ConsolePage.info(
              "Approved: the customer's personal data was erased. The audit log records both"
                  + " officers.");
        });
  }

  public void reject() {
    act(
        () -> {
          erasures.rejectErasure(chosenRequest());
          chosen = null;
          ConsolePage.info("Rejected. Nothing was erased; the audit log records both officers.");
        });
  }

  private void act(Runnable action) {
    done = null;
    stepUpUrl = ConsolePage.attempt(request, PAGE, action);
    load();
  }

  /** The customer's pseudonym as typed; one that is not a UUID names nobody (not found). */
  private CustomerId customerId() {
    return new CustomerId(ConsolePage.uuidOrNobody(customer));
  }

  /** The chosen request; none (or a forged one) names no request: then not found. */
  private UUID chosenRequest() {
    return ConsolePage.uuidOrNobody(chosen);
  }

  public List<ErasureRequest> getPending() {
    return pending;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
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
