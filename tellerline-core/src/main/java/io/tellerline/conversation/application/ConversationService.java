package io.tellerline.conversation.application;

import io.tellerline.banking.application.NotACustomerException;
import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationLimits;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.conversation.domain.Message;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.Role;
import io.tellerline.platform.persistence.ConcurrentChanges;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's side of a conversation, its life cycle: start, messages, resume after step-up,
 * language, "talk to a person", end and rating. Every method runs in one transaction: the
 * customer's message, the assistant's reply and the audit record of the AI decision commit together
 * or not at all, so no answer leaves the server unaudited.
 *
 * <p>Only customers may call it, and each method receives the verified {@link Caller} and only ever
 * touches that caller's own customer data. A message goes through the {@link TurnPipeline}; a
 * sensitive action the policy does not yet allow waits at the {@link StepUpGate} and runs once, on
 * {@link #resume}.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
@Interceptors(ConcurrentChanges.class)
public class ConversationService {

  @Inject CustomerDirectory customers;
  @Inject ConversationRepository conversations;
  @Inject TurnPipeline pipeline;
  @Inject StepUpGate gate;
  @Inject PersonalDataProtection protection;
  @Inject Handover handover;
  @Inject ConversationChanges changes;
  @Inject UsageLimits limits;
  @Inject Clock clock;

  public ConversationView start(Caller caller, Channel channel) {
    CustomerProfile customer = customerOf(caller);
    limits.conversation(customer.id());
    Locale language = customer.preferredLanguage();
    Conversation conversation =
        Conversation.start(customer.id(), channel, language, clock.instant());
    conversation.replyAutomatically(
        AssistantTexts.text("greeting.disclosure", language), clock.instant());
    conversations.add(conversation);
    return ConversationView.of(conversation);
  }

  /**
   * Takes the customer's message and returns the messages it produced (theirs and the reply).
   *
   * @throws InvalidInputException unless the text fits {@link ConversationLimits#CUSTOMER_MESSAGE}
   */
  public TurnResult post(Caller caller, UUID conversationId, String text) {
    ConversationLimits.CUSTOMER_MESSAGE.check(text);
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    limits.message(customer.id(), conversationId);
    return pipeline.take(caller, customer, conversation, text);
  }

  /**
   * Checks that the conversation is the caller's and that they may open one more event stream;
   * returns the stream's lease, to be closed ({@link UsageLimits#closeStream}) when it ends.
   */
  public UUID openEventStream(Caller caller, UUID conversationId) {
    CustomerProfile customer = customerOf(caller);
    ownedConversation(customer, conversationId);
    return limits.openStream(customer.id());
  }

  /**
   * Performs a pending sensitive action once the caller's (new) token satisfies the policy. A
   * repeated call returns the recorded result without acting again; an action of another customer
   * or conversation is reported as not found.
   */
  public TurnResult resume(Caller caller, UUID conversationId, UUID pendingActionId) {
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    return gate.resume(caller, customer, conversation, pendingActionId);
  }

  /** The customer chooses the language; the assistant confirms in it. */
  public TurnResult switchLanguage(Caller caller, UUID conversationId, String language) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    conversation.switchLanguage(Locale.forLanguageTag(language));
    Message notice =
        conversation.replyAutomatically(
            AssistantTexts.text("language.switched", conversation.language()), clock.instant());
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /** "Talk to a person": one click from any state; the customer learns their queue position. */
  public TurnResult requestPerson(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    Instant now = clock.instant();
    Message notice =
        handover
            .queue(conversation, EscalationReason.CUSTOMER_ASKED, Handover.RoutedBy.CUSTOMER, now)
            .orElseGet(
                () ->
                    conversation.replyAutomatically(
                        AssistantTexts.text("handover.already", conversation.language()), now));
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /** The customer ends the conversation; they may then rate it. */
  public TurnResult end(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    Instant now = clock.instant();
    String from = conversation.status().name();
    Message notice =
        conversation.close(
            AssistantTexts.text("conversation.closed", conversation.language()), now);
    handover.routed(conversation, Handover.RoutedBy.CUSTOMER, from, "CLOSED", "CUSTOMER_ENDED");
    changes.announce(conversation.id());
    return TurnResult.of(List.of(MessageView.of(notice)), Optional.empty());
  }

  /**
   * The one-question survey (1 to 5) with an optional comment, stored with its personal data masked
   * (nothing of it is kept).
   */
  public void rate(Caller caller, UUID conversationId, int score, String comment) {
    String checked = ConversationLimits.RATING_COMMENT.check(comment);
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    String masked = null;
    if (!checked.isEmpty()) {
      ProtectedText typed = protection.protect(customer, checked);
      masked = typed.marks().mask(typed.text());
    }
    conversation.rate(score, masked, clock.instant());
    changes.announce(conversation.id());
  }

  public ConversationView transcript(Caller caller, UUID conversationId) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    return ConversationView.of(conversation, conversations.queuePosition(conversation));
  }

  /**
   * The conversation's state with only the messages after {@code sequence}: what a page that shows
   * the messages up to it needs after a change, whatever the transcript's length.
   */
  public ConversationView transcriptAfter(Caller caller, UUID conversationId, int sequence) {
    Conversation conversation = ownedConversation(customerOf(caller), conversationId);
    return ConversationView.of(
        conversation,
        conversations.queuePosition(conversation),
        conversations.messagesAfter(conversation, sequence));
  }

  private CustomerProfile customerOf(Caller caller) {
    return customers
        .findByIdentitySubject(caller.subject())
        .orElseThrow(NotACustomerException::new);
  }

  private Conversation ownedConversation(CustomerProfile customer, UUID conversationId) {
    return conversations
        .find(conversationId)
        .filter(conversation -> conversation.belongsTo(customer.id()))
        .orElseThrow(() -> new ConversationNotFoundException(conversationId));
  }
}
