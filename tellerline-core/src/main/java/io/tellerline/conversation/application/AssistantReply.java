package io.tellerline.conversation.application;

import java.util.List;

/**
 * What the assistant answers and why: the resource-bundle key of the response template (for the
 * audit trail), the text, whether the conversation goes to staff, and documents offered with the
 * answer (shown once, in the response; the stored message keeps only the text).
 */
public record AssistantReply(
    String templateKey, String text, Outcome outcome, List<Download> downloads) {

  public AssistantReply {
    downloads = List.copyOf(downloads);
  }

  public AssistantReply(String templateKey, String text, Outcome outcome) {
    this(templateKey, text, outcome, List.of());
  }

  public AssistantReply withDownloads(List<Download> offered) {
    return new AssistantReply(templateKey, text, outcome, offered);
  }

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
