package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.identity.application.CustomerNotFoundException;
import io.tellerline.identity.application.StaffAuditFields;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.identity.application.StepUpGuard;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
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

/**
 * Erasure of a customer's personal data (GDPR art. 17) by crypto-shredding: the customer's data
 * keys are destroyed, so every encrypted original is unreadable at once, wherever copies of the
 * ciphertext are (replicas, backups). Tokens in stored messages are masked as well, because
 * format-preserving tokens can be decrypted with the tokenization key. The audit trail holds no
 * personal data and stays verifiable. Compliance officers and admins only, after their own recent
 * multi-factor authentication (policy action {@value #ACTION}).
 */
@Stateless
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
public class CustomerErasureService {

  static final String ACTION = "privacy.erase_customer";

  @Inject CustomerDirectory customers;
  @Inject DataKeys dataKeys;
  @Inject ProtectedValues values;
  @Inject StoredMessages messages;
  @Inject Erasures erasures;
  @Inject PersonalDataProtection protection;
  @Inject StepUpGuard stepUp;
  @Inject Audit audit;
  @Inject Clock clock;

  /**
   * @throws InvalidInputException if the reason is missing, too short or too long
   * @throws CustomerNotFoundException if there is no such customer
   * @throws StaffStepUpRequiredException if the officer's authentication is too weak or too old
   */
  public Erasure erase(Caller officer, CustomerId customer, String reason) {
    String safeReason = protection.redactAbout(customer, StaffReason.of(reason));
    if (customers.identitySubjectOf(customer).isEmpty()) {
      throw new CustomerNotFoundException();
    }
    Instant now = clock.instant();
    PolicyDecision decision =
        stepUp.require(
            ACTION, officer, refused -> record(officer, customer, refused, safeReason, null));
    int keys = dataKeys.destroyAllOf(customer);
    int redactedMessages = messages.redactPersonalDataOf(customer);
    int redacted = 0;
    for (ProtectedValue value : values.ofCustomer(customer.value())) {
      value.redactToken();
      redacted++;
    }
    Erasure erasure =
        new Erasure(
            customer, now, officer.username(), safeReason, keys, redactedMessages, redacted);
    erasures.record(erasure);
    record(officer, customer, decision, safeReason, erasure);
    return erasure;
  }

  private void record(
      Caller officer, CustomerId customer, PolicyDecision decision, String reason, Erasure done) {
    JsonObjectBuilder payload =
        StaffAuditFields.of(officer, decision)
            .add("customer", customer.value().toString())
            .add("reason", reason)
            .add("result", done == null ? "STEP_UP_REQUIRED" : "ERASED");
    if (done != null) {
      payload
          .add("keysDestroyed", done.keysDestroyed())
          .add("messagesRedacted", done.messagesRedacted())
          .add("valuesRedacted", done.valuesRedacted());
    }
    audit.staffAction(AuditEventType.CUSTOMER_DATA_ERASED).withAll(payload).record();
  }
}
