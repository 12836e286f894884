package io.tellerline.conversation.domain;

import io.tellerline.identity.domain.StaffRelation;

/** How a member of staff stands to a conversation, for the need-to-know rules. */
public final class StaffRelationOf {

  private StaffRelationOf() {}

  /** ASSIGNED while she serves it, IN_QUEUE while it waits for anyone, else NONE. */
  public static StaffRelation of(Conversation conversation, String staff) {
    if (conversation.status() == ConversationStatus.WITH_STAFF
        && staff.equals(conversation.assignee().orElse(null))) {
      return StaffRelation.ASSIGNED;
    }
    return conversation.status() == ConversationStatus.WAITING_FOR_STAFF
        ? StaffRelation.IN_QUEUE
        : StaffRelation.NONE;
  }
}
