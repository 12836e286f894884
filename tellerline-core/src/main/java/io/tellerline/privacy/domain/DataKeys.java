package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Optional;

/** Custody of the customers' data keys; implementations keep them wrapped at rest. */
public interface DataKeys {

  /** The customer's live data key, created (and wrapped under the active master key) if missing. */
  DataKey liveKeyOf(CustomerId customer);

  /** A data key by id; empty once destroyed (or if it never existed). */
  Optional<DataKey> find(String keyId);

  /** Destroys every data key of the customer (crypto-shredding); returns how many. */
  int destroyAllOf(CustomerId customer);
}
