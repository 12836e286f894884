package io.tellerline.banking.application;

import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.banking.domain.Transaction;
import java.io.Serializable;
import java.util.List;

/** What staff see of a customer's banking: accounts (last four of the IBAN) and recent activity. */
public record CustomerOverview(List<AccountSummary> accounts, List<Transaction> recentTransactions)
    implements Serializable {}
