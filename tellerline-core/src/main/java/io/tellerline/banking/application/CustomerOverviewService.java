package io.tellerline.banking.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.TransactionQuery;
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

  public CustomerOverview overview(CustomerId customer) {
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
