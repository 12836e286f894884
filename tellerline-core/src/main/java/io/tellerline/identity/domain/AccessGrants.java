package io.tellerline.identity.domain;

import java.time.Instant;

/** The reasons staff gave, for as long as they open something. */
public interface AccessGrants {

  void add(AccessGrant grant);

  /** Whether she gave a reason for this resource and target that has not yet expired. */
  boolean active(String staff, StaffResource resource, String target, Instant now);
}
