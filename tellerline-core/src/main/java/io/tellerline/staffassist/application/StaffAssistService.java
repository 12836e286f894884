package io.tellerline.staffassist.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.banking.application.CustomerOverviewService;
import io.tellerline.banking.domain.AccountSummary;
import io.tellerline.conversation.application.ConversationNotFoundException;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.conversation.domain.Author;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationLimits;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.OpenTasks;
import io.tellerline.identity.application.StaffAccess;
import io.tellerline.identity.domain.StaffResource;
import io.tellerline.kernel.Role;
import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.ArticleIndex;
import io.tellerline.privacy.application.MaskedValue;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.staffassist.domain.CustomerConversations;
import io.tellerline.staffassist.domain.EarlierConversation;
import io.tellerline.staffassist.domain.HandoverSummarizer;
import io.tellerline.staffassist.domain.HandoverSummary.OpenTaskSummary;
import io.tellerline.staffassist.domain.ReplyTemplate;
import io.tellerline.staffassist.domain.SuggestedReply;
import io.tellerline.staffassist.domain.SuggestionCandidate;
import io.tellerline.staffassist.domain.SuggestionRanker;
import io.tellerline.staffassist.domain.SuggestionSource;
import io.tellerline.staffassist.domain.SuggestionUse;
import io.tellerline.staffassist.domain.SuggestionUses;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The assistant for staff who take a conversation over, under the same need-to-know as the
 * conversation ({@link StaffAccess}) and, for the side panel, as the customer view ({@link
 * CustomerOverviewService}). Everything is computed here from what is recorded; nothing is sent
 * anywhere.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class StaffAssistService {

  /** Articles the full-text search offers for ranking by meaning. */
  static final int ARTICLES_CONSIDERED = 5;

  static final int EARLIER_SHOWN = 10;

  @Inject ConversationRepository conversations;
  @Inject StaffAccess access;
  @Inject OpenTasks tasks;
  @Inject ArticleIndex articles;
  @Inject ArticleVectors articleVectors;
  @Inject StaffReplyIndex staffReplies;
  @Inject MessageUnderstanding understanding;
  @Inject CustomerOverviewService overviews;
  @Inject CustomerConversations customerConversations;
  @Inject SuggestionUses uses;
  @Inject Audit audit;
  @Inject Clock clock;
  @Resource SessionContext session;

  /**
   * The hand-over summary and suggested replies for the conversation, in its language. Placeholders
   * are filled from {@code maskedValues} and {@code accounts}: what the page already shows her.
   */
  public StaffAssistance assistance(
      UUID conversationId, List<MaskedValue> maskedValues, List<AccountSummary> accounts) {
    Conversation conversation = seen(conversationId);
    String language = conversation.language().getLanguage();
    Optional<Message> lastAsked =
        conversation.messages().stream()
            .filter(m -> m.author() == Author.CUSTOMER)
            .reduce((first, second) -> second);
    List<SuggestedReply> suggestions =
        lastAsked
            .map(m -> suggestions(language, m, maskedFacts(maskedValues, accounts)))
            .orElse(List.of());
    return new StaffAssistance(
        HandoverSummarizer.summarize(conversation, tasks.of(conversationId)), suggestions);
  }

  private List<SuggestedReply> suggestions(
      String language, Message asked, Map<String, String> facts) {
    String text = asked.maskedBody();
    String intent = asked.intentDecision().map(IntentDecision::intent).orElse(null);
    List<SuggestionCandidate> candidates = new ArrayList<>(staffReplies.candidates(language));
    for (Article article : articles.matches(language, text, intent, ARTICLES_CONSIDERED)) {
      candidates.add(
          new SuggestionCandidate(
              SuggestionSource.ARTICLE,
              article.id().toString(),
              fitting(article.body()),
              article.intent().orElse(null),
              articleVectors.of(article)));
    }
    return SuggestionRanker.rank(understanding.embed(text), intent, candidates, facts);
  }

  private static String fitting(String body) {
    String text = body.strip();
    return text.length() <= ConversationLimits.STAFF_REPLY_MAX
        ? text
        : text.substring(0, ConversationLimits.STAFF_REPLY_MAX - 1) + "…";
  }

  private static Map<String, String> maskedFacts(
      List<MaskedValue> maskedValues, List<AccountSummary> accounts) {
    List<Map.Entry<PiiType, String>> shown = new ArrayList<>();
    // The customer's first account as the customer view shows it, unless the conversation itself
    // names an IBAN (later entries win).
    accounts.stream()
        .findFirst()
        .ifPresent(a -> shown.add(new SimpleEntry<>(PiiType.IBAN, "•••• " + a.ibanLast4())));
    maskedValues.forEach(v -> shown.add(new SimpleEntry<>(v.type(), v.masked())));
    return ReplyTemplate.maskedFacts(shown);
  }

  /**
   * The side panel, under the customer view's rules (a teller: while she serves one of the
   * customer's conversations, else after giving a reason on the customer page); audited there.
   *
   * @throws io.tellerline.identity.application.StaffAccessDeniedException outside her need-to-know
   */
  public CustomerContext customerContext(UUID conversationId) {
    Conversation conversation = seen(conversationId);
    var overview = overviews.overview(conversation.customerId(), Optional.empty());
    Map<UUID, OpenTaskSummary> open = new LinkedHashMap<>();
    List<EarlierConversation> earlier = new ArrayList<>();
    for (Conversation c : customerConversations.of(conversation.customerId(), EARLIER_SHOWN + 1)) {
      tasks
          .of(c.id())
          .ifPresent(t -> open.put(c.id(), new OpenTaskSummary(t.task(), t.slots(), t.awaiting())));
      if (!c.id().equals(conversationId) && earlier.size() < EARLIER_SHOWN) {
        earlier.add(
            new EarlierConversation(
                c.id(),
                c.startedAt(),
                c.status().name(),
                c.escalationReason().map(Enum::name).orElse(""),
                c.messages().stream()
                    .flatMap(m -> m.intentDecision().stream())
                    .reduce((first, second) -> second)
                    .map(IntentDecision::intent)
                    .orElse("")));
      }
    }
    return new CustomerContext(overview, open, earlier);
  }

  /**
   * Records that the reply {@code messageId} she sent came from a suggestion, and whether she
   * edited it: ids only (the next training signal), also in the audit trail.
   */
  public void suggestionUsed(
      UUID conversationId, UUID messageId, SuggestionSource source, String ref, boolean edited) {
    seen(conversationId);
    String staff = session.getCallerPrincipal().getName();
    String checkedRef = ref.length() > 64 ? ref.substring(0, 64) : ref;
    uses.add(
        new SuggestionUse(
            conversationId, messageId, source, checkedRef, edited, staff, clock.instant()));
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .inConversation(conversationId)
        .with("action", "SUGGESTION_USED")
        .with("messageId", messageId.toString())
        .with("source", source.name())
        .with("sourceRef", checkedRef)
        .with("edited", edited)
        .record();
  }

  private Conversation seen(UUID conversationId) {
    Conversation conversation =
        conversations
            .find(conversationId)
            .orElseThrow(() -> new ConversationNotFoundException(conversationId));
    access.toConversation(StaffResource.CONVERSATION_VIEW, conversationId);
    return conversation;
  }
}
