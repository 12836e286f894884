package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataExports;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.application.CustomerCopies;
import io.tellerline.privacy.application.PersonalDataErasedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * "Download my data" (GDPR Art. 15 access, Art. 20 portability): a customer asks for a copy of
 * everything Tellerline keeps about her, the server builds it in the background (JSON and PDF,
 * sealed under her data key, kept {@link DataExport#KEEP}), she follows its progress and downloads
 * it. Asking and downloading need what the authentication policy says for {@value #ACTION} (else
 * the RFC 9470 challenge); both are audited. A customer only ever sees her own exports.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class DataExportService {

  public static final String ACTION = "data_export";

  @Inject CustomerDirectory customers;
  @Inject AuthenticationPolicy policy;
  @Inject DataExports exports;
  @Inject DataExportLedger ledger;
  @Inject DataExportWorker worker;
  @Inject CustomerCopies copies;
  @Inject Audit audit;
  @Inject Clock clock;

  /** Where a request stands: the export, or the decision that asks for a stronger sign-in. */
  public record Started(PolicyDecision decision, Optional<DataExport> export) {}

  /** A document to save. */
  public record File(String name, String mediaType, byte[] content) {}

  /** A download: the file, or the decision that asks for a stronger sign-in. */
  public record Download(PolicyDecision decision, Optional<File> file) {}

  /**
   * Starts an export when the policy allows it. Not in a transaction itself: the ledger commits the
   * request (and its audit event) before the background work may look for it.
   *
   * @throws DataExportStateException if one of hers is still running
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Started start(Caller caller) {
    CustomerId customer = customerOf(caller);
    PolicyDecision decision = policy.decide(ACTION, caller, clock.instant());
    if (!decision.allowed()) {
      return new Started(decision, Optional.empty());
    }
    DataExport export = ledger.open(customer, caller, decision);
    worker.build(export);
    return new Started(decision, Optional.of(export));
  }

  /** Her most recent export, unexpired. */
  public Optional<DataExport> latest(Caller caller) {
    Instant now = clock.instant();
    return exports.latestOf(customerOf(caller)).filter(export -> export.expiresAt().isAfter(now));
  }

  /**
   * One of her exports.
   *
   * @throws DataExportNotFoundException for none, an expired one or another customer's
   */
  public DataExport find(Caller caller, UUID id) {
    Instant now = clock.instant();
    return exports
        .find(customerOf(caller), id)
        .filter(export -> export.expiresAt().isAfter(now))
        .orElseThrow(DataExportNotFoundException::new);
  }

  /**
   * The document of a ready export, decrypted for her, when the policy allows it.
   *
   * @throws DataExportNotFoundException for none, an expired one or another customer's
   * @throws DataExportStateException if it is not ready
   * @throws PersonalDataErasedException if her data keys were destroyed meanwhile
   */
  public Download download(Caller caller, UUID id, DataExport.Format format) {
    DataExport export = find(caller, id);
    PolicyDecision decision = policy.decide(ACTION, caller, clock.instant());
    if (!decision.allowed()) {
      return new Download(decision, Optional.empty());
    }
    if (export.status() != DataExport.Status.READY) {
      throw new DataExportStateException("data_export.not_ready");
    }
    String sealed =
        exports
            .sealed(export.customer(), id, format)
            .orElseThrow(() -> new DataExportStateException("data_export.not_ready"));
    byte[] content =
        copies
            .openForCustomer(export.customer(), sealed, export.associatedData(format))
            .orElseThrow(PersonalDataErasedException::new);
    audit
        .customerAction(AuditEventType.DATA_EXPORT_DOWNLOADED)
        .with("customer", export.customer().value().toString())
        .with("export", id.toString())
        .with("format", format.extension())
        .with("acr", caller.authenticationLevel())
        .with("policyVersion", decision.policyVersion())
        .record();
    String name =
        "my-data-" + export.requestedAt().toString().substring(0, 10) + "." + format.extension();
    return new Download(decision, Optional.of(new File(name, format.mediaType(), content)));
  }

  private CustomerId customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new)
        .id();
  }
}
