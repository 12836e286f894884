package io.tellerline.identity.domain;

/** How the member of staff stands to the conversation or customer she asks for. */
public enum StaffRelation {
  /** She serves it: the conversation is assigned to her, or a conversation of the customer is. */
  ASSIGNED,
  /** It waits in the staff queue for anyone to claim it (or the customer has one waiting). */
  IN_QUEUE,
  /** Neither: with the assistant, closed, served by someone else, or not a resource of one. */
  NONE
}
