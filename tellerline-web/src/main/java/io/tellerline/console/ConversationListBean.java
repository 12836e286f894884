package io.tellerline.console;

import io.tellerline.conversation.application.ConversationSummary;
import io.tellerline.conversation.application.StaffConversationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** Backs the console's conversation list; loads once per request, never inside a getter. */
@Named
@RequestScoped
public class ConversationListBean {

  private static final int ROWS = 50;

  @Inject StaffConversationService staffConversations;
  @Inject SecurityContext security;

  private List<ConversationSummary> conversations;

  @PostConstruct
  void load() {
    conversations = staffConversations.recentConversations(ROWS);
  }

  public List<ConversationSummary> getConversations() {
    return conversations;
  }

  public String getStaffName() {
    return security.getCallerPrincipal().getName();
  }
}
