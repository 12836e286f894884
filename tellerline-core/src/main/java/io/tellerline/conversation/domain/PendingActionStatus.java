package io.tellerline.conversation.domain;

/** Where a sensitive action that waited for step-up authentication stands. */
public enum PendingActionStatus {
  /** Waiting for the customer to authenticate strongly enough. */
  PENDING,
  /** Performed once; repeating the request returns the recorded result. */
  COMPLETED,
  /** Not resumed in time; the customer has to ask again. */
  EXPIRED
}
