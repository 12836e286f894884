package io.tellerline.conversation.application;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.domain.EscalationReason;
import java.util.Locale;

/**
 * Port for the chat's business metrics: what happened, never to whom. Every argument is one of a
 * small fixed set (an outcome, a language, a reason, a limit's name) or a duration, so that a
 * metrics back end can neither grow without bound nor learn a customer's identity or words. The
 * adapter ({@code conversation.infrastructure.MicroProfileChatTelemetry}) publishes them on {@code
 * /metrics}.
 */
public interface ChatTelemetry {

  /** A customer message the assistant answered, and how long the turn took in the server. */
  void assistantTurn(Outcome outcome, Locale language, long elapsedNanos);

  /** A customer message stored for staff while staff serve (the assistant stays silent). */
  void staffTurn(Locale language, long elapsedNanos);

  /** How long the NLU took to understand one message. */
  void understood(long elapsedNanos);

  /** A conversation queued for staff. */
  void handedOver(EscalationReason reason);

  /** A step of the step-up of a sensitive request. */
  void stepUp(StepUpResult result);

  /** A request refused by a usage limit (429), named as in the configuration. */
  void refused(String limit);

  /** What became of a sensitive request at the step-up gate. */
  enum StepUpResult {
    /** The request waits for the customer's step-up (a challenge was sent). */
    REQUIRED,
    /** The customer came back stepped up and the request was carried out. */
    PERFORMED,
    /** The customer came back without the required authentication (or another payment). */
    REFUSED,
    /** The customer came back after the request had expired. */
    EXPIRED,
    /** A repeated resume, answered with the recorded result. */
    REPLAYED
  }
}
