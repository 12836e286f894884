package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationLimits;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.ConversationStateException;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.StaffRelationOf;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.domain.StaffRelation;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.platform.persistence.ConcurrentChanges;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.application.SearchToken;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What branch staff see of conversations. Only staff roles may call it, and each call passes the
 * need-to-know check ({@link StaffAccess}): a teller sees and serves the queue and her own
 * conversations, anything else only with a written reason; supervisors see everything.
 *
 * <p>Two members of staff may act on one conversation at once (both claim it, or one hands it back
 * while the other replies): the one that loses gets a {@link
 * io.tellerline.kernel.ConcurrentChangeException} and her change is rolled back ({@link
 * ConcurrentChanges}).
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
@Interceptors(ConcurrentChanges.class)
public class StaffConversationService {

  private static final int MAX_ROWS = 200;

  @Inject ConversationRepository conversations;
  @Inject Audit audit;
  @Inject PersonalDataProtection protection;
  @Inject StaffLookup lookup;
  @Inject Handover handover;
  @Inject ConversationChanges changes;
  @Inject Clock clock;
  @Inject StaffAccess access;
  @Resource SessionContext session;

  /**
   * The most recently active conversations the member of staff may see (a teller: the queue and her
   * own); staff access to them is audited.
   */
  public List<ConversationSummary> recentConversations(int limit) {
    int rows = Math.max(1, Math.min(limit, MAX_ROWS));
    List<Conversation> seen =
        access.allowed(StaffResource.ALL_CONVERSATIONS, StaffRelation.NONE)
            ? conversations.mostRecentlyActive(rows)
            : conversations.mostRecentlyActiveFor(staffName(), rows);
    List<ConversationSummary> shown = seen.stream().map(ConversationSummary::of).toList();
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("action", "LIST_CONVERSATIONS")
        .with("shown", shown.size())
        .record();
    return shown;
  }

  /**
   * The conversations that mention a value staff typed (an e-mail address, IBAN, card number…),
   * found by its token without decrypting anything; empty if no single value is recognised. The
   * search is audited with the kind of value and the number of matches, never the value. Tellers
   * give a reason first (kept for {@link io.tellerline.identity.domain.AccessGrant#LASTS}).
   *
   * @throws io.tellerline.identity.application.StaffAccessReasonRequiredException for a teller
   *     without a reason
   */
  public Optional<List<ConversationSummary>> conversationsMentioning(
      String typed, Optional<String> reason) {
    reason.ifPresent(why -> access.giveReasonForAll(StaffResource.SEARCH_BY_VALUE, why));
    access.toAll(StaffResource.SEARCH_BY_VALUE);
    Optional<SearchToken> token =
        typed == null || typed.isBlank() || typed.length() > ConversationLimits.SEARCH_MAX
            ? Optional.empty()
            : protection.searchTokenFor(typed.strip());
    List<ConversationSummary> found =
        token
            .map(t -> conversations.mentioning(t.compactAll(), MAX_ROWS))
            .orElse(List.of())
            .stream()
            .map(ConversationSummary::of)
            .toList();
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("action", "SEARCH_BY_VALUE")
        .with("recognised", token.map(t -> t.type().name()).orElse("NONE"))
        .with("shown", found.size())
        .record();
    return token.map(t -> found);
  }

  /** Conversations waiting for or served by staff, longest waiting first. */
  public List<QueueEntry> queue() {
    Instant now = clock.instant();
    return mine(conversations.staffQueue(MAX_ROWS)).stream()
        .map(c -> QueueEntry.of(c, now))
        .toList();
  }

  /**
   * Whether she may serve it (claim, reply, note, hand back, resolve) — for the page's controls;
   * the actions check again.
   */
  public boolean mayServe(UUID id) {
    return conversations
        .find(id)
        .map(
            c ->
                access.allowed(
                    StaffResource.CONVERSATION_SERVE, StaffRelationOf.of(c, staffName())))
        .orElse(false);
  }

  /** Those the member of staff may see without a reason (a teller: waiting, or hers). */
  private List<Conversation> mine(List<Conversation> candidates) {
    String staff = staffName();
    return candidates.stream()
        .filter(c -> access.allowed(StaffResource.CONVERSATION_VIEW, StaffRelationOf.of(c, staff)))
        .toList();
  }

  /** Takes a waiting conversation; a conversation another member of staff serves is refused. */
  public void claim(UUID id) {
    Conversation conversation = lookup.conversation(id, StaffResource.CONVERSATION_SERVE);
    conversation.claim(staffName(), clock.instant());
    handover.routed(
        conversation, Handover.RoutedBy.STAFF, "WAITING_FOR_STAFF", "WITH_STAFF", "CLAIMED");
    changes.announce(id);
  }

  /**
   * A reply to the customer; personal data in it is tokenized and kept like the customer's.
   *
   * @throws InvalidInputException unless the reply fits {@link ConversationLimits#STAFF_REPLY}
   */
  public MessageView reply(UUID id, String text) {
    String checked = ConversationLimits.STAFF_REPLY.check(text);
    Conversation conversation = lookup.conversation(id, StaffResource.CONVERSATION_SERVE);
    CustomerProfile customer = lookup.customerOf(conversation);
    ProtectedText typed = protection.protect(customer, checked);
    Message reply =
        conversation.replyAsStaff(staffName(), typed.text(), typed.marks(), clock.instant());
    protection.keep(customer.id(), conversation.id(), reply.id(), typed);
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .inConversation(conversation.id())
        .with("action", "STAFF_REPLY")
        .with("messageId", reply.id().toString())
        .record();
    changes.announce(id);
    return MessageView.of(reply);
  }

  /** Returns the customer to the assistant, who tells them so. */
  public void handBack(UUID id) {
    Conversation conversation = lookup.conversation(id, StaffResource.CONVERSATION_SERVE);
    conversation.handBackToAssistant(
        staffName(),
        AssistantTexts.text("handover.back", conversation.language()),
        clock.instant());
    handover.routed(
        conversation, Handover.RoutedBy.STAFF, "WITH_STAFF", "WITH_ASSISTANT", "HANDED_BACK");
    changes.announce(id);
  }

  /** Ends the conversation; the customer is asked to rate it. */
  public void resolve(UUID id) {
    Conversation conversation = lookup.conversation(id, StaffResource.CONVERSATION_SERVE);
    String from = conversation.status().name();
    if (!staffName().equals(conversation.assignee().orElse(""))) {
      throw new ConversationStateException("conversation.claim_first");
    }
    conversation.close(
        AssistantTexts.text("conversation.closed", conversation.language()), clock.instant());
    handover.routed(conversation, Handover.RoutedBy.STAFF, from, "CLOSED", "RESOLVED");
    changes.announce(id);
  }

  private String staffName() {
    return session.getCallerPrincipal().getName();
  }

  /**
   * The transcript again, for the live view of a conversation already opened (audited once, when
   * opened, not on every refresh).
   */
  public ConversationView refreshed(UUID id) {
    return ConversationView.of(lookup.conversation(id, StaffResource.CONVERSATION_VIEW));
  }

  /**
   * One conversation's transcript, personal data masked; staff access to it is audited. A reason
   * opens it beyond her need-to-know where the rules allow that (audited).
   */
  public ConversationView conversation(UUID id, Optional<String> reason) {
    if (reason.isPresent() && conversations.find(id).isPresent()) {
      access.giveReasonForConversation(StaffResource.CONVERSATION_VIEW, id, reason.get());
    }
    ConversationView view =
        ConversationView.of(lookup.conversation(id, StaffResource.CONVERSATION_VIEW));
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .inConversation(id)
        .with("action", "VIEW_CONVERSATION")
        .with("messages", view.messages().size())
        .record();
    return view;
  }
}
