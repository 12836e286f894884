package io.tellerline.conversation.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.application.AuditEventBuilder;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.ConversationRepository;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.StaffedHours;
import io.tellerline.platform.BankCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves conversations between the assistant and staff, tells the customer where they stand (queue
 * position, or "leave a message" outside staffed hours) and audits every move, so a bank can show
 * that no customer was kept in a loop with the assistant.
 */
@ApplicationScoped
public class Handover {

  @Inject ConversationRepository conversations;
  @Inject Audit audit;
  @Inject BankCalendar calendar;
  @Inject ChatTelemetry telemetry;

  @Inject
  @ConfigProperty(name = "tellerline.staff.hours", defaultValue = "MON-FRI 08:00-18:00")
  String hoursText;

  private StaffedHours hours;

  @PostConstruct
  void init() {
    hours = StaffedHours.parse(hoursText, calendar.zone());
  }

  /** Why the assistant handed over, from the reply it gave. */
  static EscalationReason reasonFor(AssistantReply reply) {
    return switch (reply.templateKey()) {
      case "answer.human_agent" -> EscalationReason.CUSTOMER_ASKED;
      case "answer.frustrated" -> EscalationReason.FRUSTRATION;
      case "handover.low_confidence" -> EscalationReason.LOW_CONFIDENCE;
      case "action.verified_handover" -> EscalationReason.VERIFIED_REQUEST;
      default -> EscalationReason.TOPIC_NEEDS_STAFF;
    };
  }

  /**
   * Queues the conversation for staff and appends the notice the customer sees; empty if it was
   * already with or waiting for staff.
   */
  Optional<Message> queue(
      Conversation conversation, EscalationReason reason, RoutedBy actor, Instant now) {
    if (!conversation.handOverToStaff(reason, now)) {
      return Optional.empty();
    }
    routed(conversation, actor, "WITH_ASSISTANT", "WAITING_FOR_STAFF", reason.name());
    telemetry.handedOver(reason);
    String notice =
        hours.staffedAt(now)
            ? AssistantTexts.text(
                "handover.queued",
                conversation.language(),
                conversations.queuePosition(conversation))
            : AssistantTexts.text("handover.after_hours", conversation.language());
    return Optional.of(conversation.replyAutomatically(notice, now));
  }

  /** The reply that replaces a second "not understood" in a row. */
  static AssistantReply lowConfidenceHandover(Conversation conversation) {
    return AssistantTexts.reply(
        "handover.low_confidence", conversation.language(), Outcome.HANDED_OVER);
  }

  boolean staffedAt(Instant now) {
    return hours.staffedAt(now);
  }

  /** Who moved a conversation: the actor of its CONVERSATION_ROUTED event. */
  enum RoutedBy {
    ASSISTANT,
    CUSTOMER,
    STAFF
  }

  /** Audits a change of who serves the conversation. */
  void routed(Conversation conversation, RoutedBy actor, String from, String to, String reason) {
    AuditEventBuilder event =
        switch (actor) {
          case ASSISTANT -> audit.assistantDecision(AuditEventType.CONVERSATION_ROUTED);
          case CUSTOMER -> audit.customerAction(AuditEventType.CONVERSATION_ROUTED);
          case STAFF -> audit.staffAction(AuditEventType.CONVERSATION_ROUTED);
        };
    event
        .inConversation(conversation.id())
        .with("conversationId", conversation.id().toString())
        .with("customer", conversation.customerId().value().toString())
        .with("from", from)
        .with("to", to)
        .with("reason", reason)
        .record();
  }
}
