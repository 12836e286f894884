package io.tellerline.staffassist.domain;

import io.tellerline.conversation.domain.Conversation;
import io.tellerline.kernel.CustomerId;
import java.util.List;

/** A customer's conversations, newest first. */
public interface CustomerConversations {

  List<Conversation> of(CustomerId customer, int limit);
}
