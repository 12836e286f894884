package io.tellerline.privacy.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.privacy.domain.ConsentPurpose;
import io.tellerline.privacy.domain.ConsentRecord;
import io.tellerline.privacy.domain.Consents;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * A customer's own consents: read them, give or withdraw one. A change names the privacy notice's
 * version she read; a change under an older version is refused (she must read the current notice
 * first). Every change is a new row of her history and an audit event.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class ConsentService {

  @Inject CustomerDirectory customers;
  @Inject Consents consents;
  @Inject Audit audit;
  @Inject Clock clock;

  PrivacyNotice notice = PrivacyNotice.bundled();

  public ConsentOverview overview(Caller caller) {
    return ConsentOverview.of(notice.version(), consents.historyOf(customerOf(caller)));
  }

  /**
   * @throws InvalidInputException for a purpose that does not exist, or a notice version other than
   *     the current one
   */
  public ConsentOverview change(
      Caller caller, String purposeSlug, boolean granted, String textVersion) {
    ConsentPurpose purpose =
        ConsentPurpose.bySlug(purposeSlug)
            .orElseThrow(
                () -> new InvalidInputException("purpose", "privacy.consent_purpose_unknown"));
    if (!notice.version().equals(textVersion)) {
      throw new InvalidInputException("textVersion", "privacy.notice_version_stale");
    }
    CustomerId customer = customerOf(caller);
    consents.append(new ConsentRecord(customer, purpose, granted, textVersion, clock.instant()));
    audit
        .customerAction(AuditEventType.CONSENT_CHANGED)
        .with("customer", customer.value().toString())
        .with("purpose", purpose.slug())
        .with("granted", granted)
        .with("textVersion", textVersion)
        .record();
    return ConsentOverview.of(notice.version(), consents.historyOf(customer));
  }

  private CustomerId customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new)
        .id();
  }
}
