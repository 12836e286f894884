package io.tellerline.conversation.application;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.identity.domain.Role;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.application.PersonalDataProtection.SearchToken;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What branch staff see of conversations. Only staff roles may call it. */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffConversationService {

  private static final int MAX_ROWS = 200;
  private static final int MAX_SEARCH_LENGTH = 200;

  @Inject ConversationRepository conversations;
  @Inject AuditTrail auditTrail;
  @Inject PersonalDataProtection protection;
  @Inject Clock clock;
  @Resource SessionContext session;

  /** The most recently active conversations; staff access to them is audited. */
  public List<ConversationSummary> recentConversations(int limit) {
    int rows = Math.max(1, Math.min(limit, MAX_ROWS));
    List<ConversationSummary> shown =
        conversations.mostRecentlyActive(rows).stream().map(ConversationSummary::of).toList();
    auditTrail.record(
        new AuditEvent(
            AuditEventType.CONSOLE_ACTION,
            "staff:" + session.getCallerPrincipal().getName(),
            null,
            "{\"action\":\"LIST_CONVERSATIONS\",\"shown\":" + shown.size() + "}",
            clock.instant()));
    return shown;
  }

  /**
   * The conversations that mention a value staff typed (an e-mail address, IBAN, card number…),
   * found by its token without decrypting anything; empty if no single value is recognised. The
   * search is audited with the kind of value and the number of matches, never the value.
   */
  public Optional<List<ConversationSummary>> conversationsMentioning(String typed) {
    Optional<SearchToken> token =
        typed == null || typed.isBlank() || typed.length() > MAX_SEARCH_LENGTH
            ? Optional.empty()
            : protection.searchTokenFor(typed.strip());
    List<ConversationSummary> found =
        token.map(t -> conversations.mentioning(t.compact(), MAX_ROWS)).orElse(List.of()).stream()
            .map(ConversationSummary::of)
            .toList();
    auditTrail.record(
        new AuditEvent(
            AuditEventType.CONSOLE_ACTION,
            "staff:" + session.getCallerPrincipal().getName(),
            null,
            "{\"action\":\"SEARCH_BY_VALUE\",\"recognised\":\""
                + token.map(t -> t.type().name()).orElse("NONE")
                + "\",\"shown\":"
                + found.size()
                + "}",
            clock.instant()));
    return token.map(t -> found);
  }

  /** One conversation's transcript, personal data masked; staff access to it is audited. */
  public ConversationView conversation(UUID id) {
    ConversationView view =
        conversations
            .find(id)
            .map(ConversationView::of)
            .orElseThrow(() -> new ConversationNotFoundException(id));
    auditTrail.record(
        new AuditEvent(
            AuditEventType.CONSOLE_ACTION,
            "staff:" + session.getCallerPrincipal().getName(),
            id,
            "{\"action\":\"VIEW_CONVERSATION\",\"messages\":" + view.messages().size() + "}",
            clock.instant()));
    return view;
  }
}
