package io.tellerline.compliance;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.audit.application.AuditLog;
import io.tellerline.audit.application.AuditSearch;
import io.tellerline.audit.application.ComplianceAuditService;
import io.tellerline.audit.application.ConsistencyCheck;
import io.tellerline.audit.application.EventProof;
import io.tellerline.audit.application.LogVerification;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The compliance officer's audit log page: status, search, an event's inclusion proof, in-app
 * verification and export links. Criteria are validated here; bad input gets a message.
 */
@Named
@ViewScoped
public class AuditLogBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ComplianceAuditService audit;
  @Inject transient HttpServletRequest request;

  private String from = "";
  private String to = "";
  private String eventType = "";
  private String customer = "";
  private String intent = "";
  private String outcome = "";
  private String modelVersion = "";
  private String leaf = "";
  private String first = "";
  private String second = "";
  private ConsistencyCheck consistency;
  private List<AuditEntry> entries = List.of();
  private EventProof proof;
  private LogVerification verification;
  private AuditLog.Status status;

  public void load() {
    status = audit.status();
    if (!leaf.isBlank()) {
      showProof();
    }
  }

  public void search() {
    try {
      entries =
          audit.search(
              new AuditSearch(
                  time(from),
                  time(to),
                  text(eventType),
                  text(customer),
                  text(intent),
                  text(outcome),
                  text(modelVersion)));
    } catch (DateTimeParseException e) {
      error("Times are UTC, written like 2026-11-24T09:30.");
    }
  }

  public void showProof() {
    try {
      proof = audit.proof(Long.parseLong(leaf.strip())).orElse(null);
      if (proof == null) {
        error("Leaf " + leaf + " is not in a signed tree head yet.");
      }
    } catch (NumberFormatException e) {
      error("A leaf index is a whole number.");
    }
  }

  public void checkConsistency() {
    try {
      consistency =
          audit.consistency(Long.parseLong(first.strip()), Long.parseLong(second.strip()));
    } catch (NumberFormatException e) {
      error("Tree sizes are whole numbers.");
    } catch (EJBException e) {
      if (!(e.getCause() instanceof IllegalArgumentException invalid)) {
        throw e;
      }
      error(invalid.getMessage());
    }
  }

  public void verify() {
    verification = audit.verify(request.getUserPrincipal().getName());
    status = audit.status();
  }

  private static Optional<Instant> time(String text) {
    return text.isBlank()
        ? Optional.empty()
        : Optional.of(LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC));
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getModelVersion() {
    return modelVersion;
  }

  public void setModelVersion(String modelVersion) {
    this.modelVersion = modelVersion;
  }

  public String getLeaf() {
    return leaf;
  }

  public void setLeaf(String leaf) {
    this.leaf = leaf == null ? "" : leaf;
  }

  public List<AuditEntry> getEntries() {
    return entries;
  }

  public EventProof getProof() {
    return proof;
  }

  public LogVerification getVerification() {
    return verification;
  }

  public String getFirst() {
    return first;
  }

  public void setFirst(String first) {
    this.first = first == null ? "" : first;
  }

  public String getSecond() {
    return second;
  }

  public void setSecond(String second) {
    this.second = second == null ? "" : second;
  }

  public ConsistencyCheck getConsistency() {
    return consistency;
  }

  public AuditLog.Status getStatus() {
    return status;
  }
}
