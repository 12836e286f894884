package io.tellerline.banking.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.TransactionQuery;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import io.tellerline.platform.BankCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The customer view of the console: accounts with balances (IBANs masked to their last four) and
 * the latest transactions. Every look is audited.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class CustomerOverviewService {

  static final int RECENT = 10;

  @Inject CoreBanking coreBanking;
  @Inject Audit audit;
  @Inject BankCalendar calendar;
  @Inject StaffAccess access;

  /**
   * The customer's accounts and recent transactions, for whoever may see them (a teller: while she
   * serves one of the customer's conversations, else with a reason, which is audited).
   *
   * @throws io.tellerline.identity.application.StaffAccessDeniedException outside her need-to-know
   */
  public CustomerOverview overview(CustomerId customer, Optional<String> reason) {
    reason.ifPresent(
        why -> access.giveReasonForCustomer(StaffResource.CUSTOMER_VIEW, customer, why));
    access.toCustomer(StaffResource.CUSTOMER_VIEW, customer);
    LocalDate today = calendar.today();
    TransactionQuery recent =
        new TransactionQuery(
            today.minusDays(89),
            today,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    CustomerOverview overview =
        new CustomerOverview(
            coreBanking.accountsOf(customer), coreBanking.transactionsOf(customer, recent, RECENT));
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("action", "VIEW_CUSTOMER")
        .with("customer", customer.value().toString())
        .record();
    return overview;
  }
}
