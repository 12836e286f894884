package io.tellerline.conversation.application;

/**
 * What the assistant answers and why: the resource-bundle key of the response template (for the
 * audit trail), the text, and whether the conversation goes to staff.
 */
public record AssistantReply(String templateKey, String text, Outcome outcome) {

  /** The policy outcome of one assistant turn. */
  public enum Outcome {
    ANSWERED,
    NOT_UNDERSTOOD,
    HANDED_OVER,
    /** A sensitive request waits for the customer's step-up authentication. */
    STEP_UP_REQUIRED,
    /** A sensitive request waited too long for step-up and was dropped. */
    EXPIRED
  }
}
