package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.ErasedInstructions;
import io.tellerline.banking.domain.PaymentInstructionErasure;
import io.tellerline.identity.application.CustomerNotFoundException;
import io.tellerline.identity.application.FourEyes;
import io.tellerline.identity.application.StaffAuditFields;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.application.StepUpGuard;
import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.platform.JsonBuilders;
import io.tellerline.privacy.domain.ConversationRecords;
import io.tellerline.privacy.domain.DataKeys;
import io.tellerline.privacy.domain.Erasure;
import io.tellerline.privacy.domain.Erasures;
import io.tellerline.privacy.domain.ProtectedValue;
import io.tellerline.privacy.domain.ProtectedValues;
import io.tellerline.privacy.domain.StaffReason;
import io.tellerline.privacy.domain.StoredMessages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erasure of a customer's personal data (GDPR art. 17) by crypto-shredding: the customer's data
 * keys are destroyed, so every encrypted original is unreadable at once, wherever copies of the
 * ciphertext are in the live database and its replicas (backups: see {@code personal-data.md}).
 * Tokens in stored messages are masked as well, because format-preserving tokens can be decrypted
 * with the tokenization key. Everything else Tellerline keeps about her goes too: reveal reasons,
 * staff notes, intent corrections, rating comments, pending actions' parameters, open tasks, saved
 * payees (masked), scheduled transfers and standing orders' references. The audit trail holds no
 * personal data and stays verifiable. Four eyes: one compliance officer (or admin) asks for it with
 * a reason, another approves it through {@link FourEyes}, which carries it out; each after their
 * own recent multi-factor authentication (policy action {@value #ACTION}). Nobody erases alone.
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class CustomerErasureService {

  static final String ACTION = "privacy.erase_customer";

  @Inject CustomerDirectory customers;
  @Inject DataKeys dataKeys;
  @Inject ProtectedValues values;
  @Inject StoredMessages messages;
  @Inject ConversationRecords conversationRecords;
  @Inject PaymentInstructionErasure payees;
  @Inject Erasures erasures;
  @Inject PersonalDataProtection protection;
  @Inject StepUpGuard stepUp;
  @Inject FourEyes fourEyes;
  @Inject Audit audit;
  @Inject Clock clock;

  /**
   * Asks for the erasure; a second officer must approve it within {@link
   * ApprovalKind#CUSTOMER_ERASURE}'s waiting time.
   *
   * @throws InvalidInputException if the reason is missing, too short or too long
   * @throws CustomerNotFoundException if there is no such customer
   * @throws StaffStepUpRequiredException if the officer's authentication is too weak or too old
   */
  public ErasureRequest requestErasure(Caller officer, CustomerId customer, String reason) {
    String safeReason = protection.redactAbout(customer, StaffReason.of(reason));
    if (customers.identitySubjectOf(customer).isEmpty()) {
      throw new CustomerNotFoundException();
    }
    stepUp.require(
        ACTION, officer, refused -> refused(officer, customer.value().toString(), refused));
    return ErasureRequest.of(
        fourEyes.request(ApprovalKind.CUSTOMER_ERASURE, customer.value().toString(), safeReason));
  }

  /** Requests waiting for a second officer, oldest first. */
  public List<ErasureRequest> pendingRequests() {
    return fourEyes.pending(ApprovalKind.CUSTOMER_ERASURE).stream()
        .map(ErasureRequest::of)
        .toList();
  }

  /**
   * A second officer approves a request, and the erasure is carried out; the audit event names
   * both.
   *
   * @throws StaffStepUpRequiredException if the officer's authentication is too weak or too old
   * @throws io.tellerline.identity.application.SamePersonApprovalException if she asked for it
   * @throws io.tellerline.identity.application.ApprovalNotFoundException for an unknown request
   */
  public Erasure approveErasure(Caller officer, UUID request) {
    PolicyDecision decision =
        stepUp.require(ACTION, officer, refused -> refused(officer, request.toString(), refused));
    Approval approval = fourEyes.approve(ApprovalKind.CUSTOMER_ERASURE, request);
    CustomerId customer = new CustomerId(UUID.fromString(approval.subject()));
    Instant now = clock.instant();
    int keys = dataKeys.destroyAllOf(customer);
    int redactedMessages = messages.redactPersonalDataOf(customer);
    int redacted = 0;
    for (ProtectedValue value : values.ofCustomer(customer.value())) {
      value.redactToken();
      redacted++;
    }
    int reveals = values.eraseRevealReasonsOf(customer.value());
    Map<String, Integer> records = conversationRecords.eraseAbout(customer);
    ErasedInstructions instructions = payees.eraseAllOf(customer);
    String reason = approval.reason().orElse("");
    Erasure erasure =
        new Erasure(customer, now, officer.username(), reason, keys, redactedMessages, redacted);
    erasures.record(erasure);
    audit
        .staffAction(AuditEventType.CUSTOMER_DATA_ERASED)
        .withAll(StaffAuditFields.of(officer, decision))
        .with("customer", customer.value().toString())
        .with("reason", reason)
        .with("approval", approval.id().toString())
        .with("requestedBy", approval.requestedBy())
        .with("approvedBy", officer.username())
        .with("result", "ERASED")
        .with("keysDestroyed", keys)
        .with("messagesRedacted", redactedMessages)
        .with("valuesRedacted", redacted)
        .with("revealReasonsErased", reveals)
        .withAll(counts(records))
        .with("payeesMasked", instructions.payees())
        .with("scheduledTransfersDeleted", instructions.scheduledTransfers())
        .with("standingOrdersCancelled", instructions.standingOrders())
        .record();
    return erasure;
  }

  /** A second officer rejects a request (audited, naming both). */
  public void rejectErasure(UUID request) {
    fourEyes.reject(ApprovalKind.CUSTOMER_ERASURE, request);
  }

  private static JsonObjectBuilder counts(Map<String, Integer> records) {
    JsonObjectBuilder counts = JsonBuilders.object();
    records.forEach((kind, count) -> counts.add(kind, count.intValue()));
    return counts;
  }

  private void refused(Caller officer, String about, PolicyDecision decision) {
    audit
        .staffAction(AuditEventType.CUSTOMER_DATA_ERASED)
        .withAll(StaffAuditFields.of(officer, decision))
        .with("about", about)
        .with("result", "STEP_UP_REQUIRED")
        .record();
  }
}
