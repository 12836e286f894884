package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** What branch staff see of conversations. Only staff roles may call it. */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffConversationService {

  private static final int MAX_ROWS = 200;

  @Inject ConversationRepository conversations;

  public List<ConversationSummary> recentConversations(int limit) {
    int rows = Math.max(1, Math.min(limit, MAX_ROWS));
    return conversations.mostRecentlyActive(rows).stream().map(ConversationSummary::of).toList();
  }
}
