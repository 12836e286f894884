package io.tellerline.banking.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CoreBanking;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.Statement;
import io.tellerline.banking.domain.StatementDocument;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Role;
import io.tellerline.platform.BankCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Monthly account statements: the list (last twelve complete months with bookings) and the
 * documents. A document shows the full IBAN, so it is served only when the authentication policy
 * allows {@value #ACTION} for the caller's token (multi-factor, recent), and every download is
 * audited.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class StatementService {

  public static final String ACTION = "statement_request";
  private static final int MONTHS = 12;

  @Inject CustomerDirectory customers;
  @Inject CoreBanking coreBanking;
  @Inject AuthenticationPolicy policy;
  @Inject StatementRenderer renderer;
  @Inject Audit audit;
  @Inject BankCalendar calendar;
  @Inject Clock clock;

  public List<Statement> statements(Caller caller) {
    return statementsOf(customerOf(caller).id());
  }

  /** The statements of the last twelve complete months, newest first. */
  public List<Statement> statementsOf(CustomerId customer) {
    YearMonth last = YearMonth.from(calendar.today()).minusMonths(1);
    return coreBanking.statementsOf(customer, last.minusMonths(MONTHS - 1L), last);
  }

  public StatementDownload download(Caller caller, UUID accountId, YearMonth month) {
    CustomerProfile customer = customerOf(caller);
    Instant now = clock.instant();
    PolicyDecision decision = policy.decide(ACTION, caller, now);
    if (!decision.allowed()) {
      return new StatementDownload(decision, Optional.empty());
    }
    StatementDocument statement =
        coreBanking
            .statement(customer.id(), accountId, month)
            .filter(document -> !month.isAfter(YearMonth.from(calendar.today())))
            .orElseThrow(StatementNotFoundException::new);
    byte[] content = renderer.render(statement, customer.preferredLanguage());
    audit
        .customerAction(AuditEventType.STATEMENT_DOWNLOADED)
        .with("customer", customer.id().value().toString())
        .with("account", accountId.toString())
        .with("month", month.toString())
        .with("acr", caller.authenticationLevel())
        .with("policyVersion", decision.policyVersion())
        .record();
    String iban = statement.iban();
    String name = "statement-" + iban.substring(iban.length() - 4) + "-" + month + ".pdf";
    return new StatementDownload(
        decision, Optional.of(new StatementDownload.File(name, renderer.mediaType(), content)));
  }

  private CustomerProfile customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new);
  }
}
