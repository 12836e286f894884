package io.tellerline.identity.domain;

/** The need-to-know answer for one request. */
public enum AccessDecision {
  ALLOW,
  /** Allowed only once the member of staff has written down why; the reason is audited. */
  ALLOW_WITH_REASON,
  DENY
}
