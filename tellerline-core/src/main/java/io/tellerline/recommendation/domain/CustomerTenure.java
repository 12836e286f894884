package io.tellerline.recommendation.domain;

import io.tellerline.kernel.CustomerId;
import java.time.LocalDate;

/** Since when someone is a customer: her first account's opening (else her record's creation). */
public interface CustomerTenure {

  LocalDate since(CustomerId customer);
}
