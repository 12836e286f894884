package io.tellerline.staffassist.application;

import io.tellerline.banking.application.CustomerOverview;
import io.tellerline.staffassist.domain.EarlierConversation;
import io.tellerline.staffassist.domain.HandoverSummary.OpenTaskSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The side panel: the customer's accounts and last transactions (masked as the customer view masks
 * them), the open tasks of her conversations and her other conversations.
 */
public record CustomerContext(
    CustomerOverview overview,
    Map<UUID, OpenTaskSummary> openTasks,
    List<EarlierConversation> earlierConversations)
    implements Serializable {

  public CustomerContext {
    openTasks = Map.copyOf(openTasks);
    earlierConversations = List.copyOf(earlierConversations);
  }

  /** The open tasks with their conversation, for the page. */
  public List<Map.Entry<UUID, OpenTaskSummary>> openTaskList() {
    return List.copyOf(openTasks.entrySet());
  }
}
