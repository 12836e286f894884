package io.tellerline.conversation.application;

import java.util.List;
import java.util.Map;

/**
 * What the assistant answers and why: the resource-bundle key of the response template (for the
 * audit trail), the text, whether the conversation goes to staff, and documents offered with the
 * answer (shown once, in the response; the stored message keeps only the text), and what an action
 * did ({@code done}: ids, amounts, dates and PII tokens for the audit trail, never raw personal
 * data; empty when nothing was changed).
 */
public record AssistantReply(
    String templateKey,
    String text,
    Outcome outcome,
    List<Download> downloads,
    Map<String, String> done) {

  public AssistantReply {
    downloads = List.copyOf(downloads);
    done = Map.copyOf(done);
  }

  public AssistantReply(String templateKey, String text, Outcome outcome) {
    this(templateKey, text, outcome, List.of(), Map.of());
  }

  public AssistantReply withDownloads(List<Download> offered) {
    return new AssistantReply(templateKey, text, outcome, offered, done);
  }

  /**
   * This reply with a record of what its action changed, for the audit trail: identifiers, amounts,
   * dates and PII tokens only.
   */
  public AssistantReply withDone(Map<String, String> record) {
    return new AssistantReply(templateKey, text, outcome, downloads, record);
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
