package io.tellerline.conversation.application;

import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.Message;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.domain.ProtectedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Adds the assistant's replies to the conversation. */
@ApplicationScoped
public class Replies {

  @Inject PersonalDataProtection protection;
  @Inject Handover handover;

  /**
   * Stores the reply tokenized like any other text (a disclosed IBAN is personal data too) and, for
   * a hand-over, queues the conversation. The customer is shown the reply's own text once, here.
   */
  List<MessageView> add(
      Conversation conversation, CustomerProfile customer, AssistantReply reply, Instant now) {
    ProtectedText text = protection.protect(customer, reply.text());
    Message answer = conversation.replyAutomatically(text.text(), text.marks(), now);
    protection.keep(customer.id(), conversation.id(), answer.id(), text);
    List<MessageView> shown =
        new ArrayList<>(List.of(MessageView.shown(answer, reply.text(), reply.downloads())));
    if (reply.outcome() == Outcome.HANDED_OVER) {
      handover
          .queue(conversation, Handover.reasonFor(reply), Handover.RoutedBy.ASSISTANT, now)
          .ifPresent(notice -> shown.add(MessageView.of(notice)));
    }
    return shown;
  }
}
