package io.tellerline.console;

import io.tellerline.conversation.application.QueueEntry;
import io.tellerline.conversation.application.StaffConversationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The hand-off queue on the console's start page, refreshed by the page every few seconds. */
@Named
@RequestScoped
public class QueueBean {

  @Inject StaffConversationService staffConversations;

  private List<QueueEntry> entries;

  /** Loaded once per request, on first use (the refresh only renders the queue). */
  public List<QueueEntry> getEntries() {
    if (entries == null) {
      entries = staffConversations.queue();
    }
    return entries;
  }

  public String waited(QueueEntry entry) {
    long seconds = entry.waitingSeconds();
    return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
  }
}
