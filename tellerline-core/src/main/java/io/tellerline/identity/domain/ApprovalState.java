package io.tellerline.identity.domain;

/** Where a four-eyes request stands. */
public enum ApprovalState {
  PENDING,
  APPROVED,
  REJECTED
}
