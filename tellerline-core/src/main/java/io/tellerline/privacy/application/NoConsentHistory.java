package io.tellerline.privacy.application;

import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Until the consent record exists, a customer has no recorded consents. The consent record's own
 * implementation of {@link ConsentHistory} replaces this class (delete it when wiring that one).
 */
@ApplicationScoped
public class NoConsentHistory implements ConsentHistory {

  @Override
  public List<Consent> of(CustomerId customer) {
    return List.of();
  }
}
