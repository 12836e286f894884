package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.domain.Channel;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.identity.domain.Caller;
import io.tellerline.identity.domain.Role;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.MessageAnalysis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The customer's side of a conversation. Every method runs in one transaction: the customer's
 * message, the assistant's reply and the audit record of the AI decision commit together or not at
 * all, so no answer leaves the server unaudited.
 *
 * <p>Only customers may call it, and each method receives the verified {@link Caller} and only ever
 * touches that caller's own customer data.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER)
public class ConversationService {

  @Inject CustomerDirectory customers;
  @Inject ConversationRepository conversations;
  @Inject MessageUnderstanding understanding;
  @Inject AssistantResponder responder;
  @Inject AiDecisionRecorder decisions;
  @Inject Clock clock;

  public ConversationView start(Caller caller, Channel channel) {
    CustomerProfile customer = customerOf(caller);
    Locale language = customer.preferredLanguage();
    Conversation conversation =
        Conversation.start(customer.id(), channel, language, clock.instant());
    conversation.replyAutomatically(responder.greeting(language).text(), clock.instant());
    conversations.add(conversation);
    return ConversationView.of(conversation);
  }

  /** Takes the customer's message and returns the messages it produced (theirs and the reply). */
  public List<MessageView> post(Caller caller, UUID conversationId, String text) {
    long started = System.nanoTime();
    CustomerProfile customer = customerOf(caller);
    Conversation conversation = ownedConversation(customer, conversationId);
    MessageAnalysis analysis = understanding.understand(text, conversation.language());
    IntentPrediction prediction = analysis.intent();
    Instant now = clock.instant();
    Message question =
        conversation.receiveFromCustomer(
            text, new IntentDecision(prediction.intent(), prediction.confidence()), now);
    AssistantReply reply = responder.answer(analysis, customer.id(), conversation.language());
    Message answer = conversation.replyAutomatically(reply.text(), now);
    if (reply.outcome() == AssistantReply.Outcome.HANDED_OVER) {
      conversation.handOverToStaff();
    }
    decisions.record(caller, conversation, question, analysis, reply, System.nanoTime() - started);
    return List.of(MessageView.of(question), MessageView.of(answer));
  }

  public ConversationView transcript(Caller caller, UUID conversationId) {
    return ConversationView.of(ownedConversation(customerOf(caller), conversationId));
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
