package io.tellerline.banking.domain;

import java.time.YearMonth;
import java.util.UUID;

/** One monthly statement a customer can download: which account and which month. */
public record Statement(UUID accountId, String productName, String ibanLast4, YearMonth month) {}
