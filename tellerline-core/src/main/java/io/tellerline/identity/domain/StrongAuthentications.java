package io.tellerline.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** When each customer last authenticated strongly, by identity-provider subject. */
public interface StrongAuthentications {

  Optional<Instant> lastOf(String subject);

  /** Records a strong authentication; an earlier one than already recorded changes nothing. */
  void record(String subject, Instant authenticatedAt);
}
