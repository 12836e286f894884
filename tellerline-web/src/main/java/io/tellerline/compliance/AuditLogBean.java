package io.tellerline.compliance;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.audit.application.AuditLog;
import io.tellerline.audit.application.AuditSearch;
import io.tellerline.audit.application.ComplianceAuditService;
import io.tellerline.audit.application.ConsistencyCheck;
import io.tellerline.audit.application.EventProof;
import io.tellerline.audit.application.LogVerification;
import io.tellerline.console.ConsolePage;
import io.tellerline.platform.web.CsrfToken;
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

  @Inject ComplianceAuditService audit;
  @Inject HttpServletRequest request;
  @Inject ExportJobs exports;

  private String from = "";
  private String to = "";
  private String eventType = "";
  private String customer = "";
  private String intent = "";
  private String outcome = "";
  private String modelVersion = "";
  private String leaf = "";
  private String exportFrom = "0";
  private String exportTo = "";
  private String jobId = "";
  private transient ExportJob job;
  private String rangeFrom = "";
  private String rangeTo = "";
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
      ConsolePage.error("Times are UTC, written like 2026-11-24T09:30.");
    }
  }

  public void showProof() {
    try {
      proof = audit.proof(Long.parseLong(leaf.strip())).orElse(null);
      if (proof == null) {
        ConsolePage.error("Leaf " + leaf + " is not in a signed tree head yet.");
      }
    } catch (NumberFormatException e) {
      ConsolePage.error("A leaf index is a whole number.");
    }
  }

  public void checkConsistency() {
    try {
      consistency =
          audit.consistency(Long.parseLong(first.strip()), Long.parseLong(second.strip()));
    } catch (NumberFormatException e) {
      ConsolePage.error("Tree sizes are whole numbers.");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** Starts a background export of [exportFrom, exportTo) and shows its progress. */
  public void startExport() {
    try {
      long from = Long.parseLong(exportFrom.strip());
      long to = Long.parseLong(exportTo.strip());
      job = exports.start(request.getUserPrincipal().getName(), from, to);
    } catch (NumberFormatException e) {
      ConsolePage.error("Leaf indexes are whole numbers.");
    } catch (java.io.IOException e) {
      ConsolePage.error("The export could not be started.");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** The token the direct-export form posts back (it changes state: the export is audited). */
  public String getCsrfToken() {
    return CsrfToken.of(request.getSession());
  }

  /** The job shown: the one just started, or {@code ?job=ID} while the page refreshes. */
  public ExportJob getJob() {
    if (job == null && !jobId.isBlank()) {
      try {
        job =
            exports
                .find(java.util.UUID.fromString(jobId), request.getUserPrincipal().getName())
                .orElse(null);
      } catch (IllegalArgumentException notAnId) {
        // no such job: nothing to show
      }
    }
    return job;
  }

  public void verifyRange() {
    try {
      verification =
          audit.verifyRange(Long.parseLong(rangeFrom.strip()), Long.parseLong(rangeTo.strip()));
    } catch (NumberFormatException e) {
      ConsolePage.error("Leaf indexes are whole numbers.");
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public void verify() {
    verification = audit.verify();
    status = audit.status();
  }

  private static Optional<Instant> time(String value) {
    return text(value).map(typed -> LocalDateTime.parse(typed).toInstant(ZoneOffset.UTC));
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
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

  public String getExportFrom() {
    return exportFrom;
  }

  public void setExportFrom(String exportFrom) {
    this.exportFrom = exportFrom == null ? "" : exportFrom;
  }

  public String getExportTo() {
    return exportTo.isBlank() && status != null ? String.valueOf(status.signedSize()) : exportTo;
  }

  public void setExportTo(String exportTo) {
    this.exportTo = exportTo == null ? "" : exportTo;
  }

  public String getJobId() {
    return jobId;
  }

  public void setJobId(String jobId) {
    this.jobId = jobId == null ? "" : jobId;
  }

  public String getRangeFrom() {
    return rangeFrom;
  }

  public void setRangeFrom(String rangeFrom) {
    this.rangeFrom = rangeFrom == null ? "" : rangeFrom;
  }

  public String getRangeTo() {
    return rangeTo;
  }

  public void setRangeTo(String rangeTo) {
    this.rangeTo = rangeTo == null ? "" : rangeTo;
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
