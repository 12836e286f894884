package io.tellerline.privacy.application;

import io.tellerline.kernel.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * The consents a customer gave or withdrew, oldest first, for her copy of her data (GDPR Art. 15).
 * A port: the consent record implements it.
 */
public interface ConsentHistory {

  /** One consent decision: what for, given or withdrawn, when, and which version of the text. */
  record Consent(String purpose, String decision, Instant decidedAt, String textVersion) {}

  List<Consent> of(CustomerId customer);
}
