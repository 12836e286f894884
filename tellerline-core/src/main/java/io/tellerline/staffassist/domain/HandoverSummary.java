package io.tellerline.staffassist.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a member of staff taking over needs to know, all of it masked as the transcript is: what the
 * customer asked, what the assistant understood (intent and confidence) and answered, the open task
 * with its slots, the highest frustration seen, why it was handed over, and the customer's
 * language.
 *
 * @param frustration the highest frustration the assistant assessed, null if never assessed
 * @param openTask the task the assistant was doing, null if none
 * @param handoverReason the escalation reason, null if never handed over
 */
public record HandoverSummary(
    String language,
    String handoverReason,
    List<String> asked,
    List<String> understood,
    List<String> answered,
    BigDecimal frustration,
    OpenTaskSummary openTask)
    implements Serializable {

  public HandoverSummary {
    asked = List.copyOf(asked);
    understood = List.copyOf(understood);
    answered = List.copyOf(answered);
  }

  /**
   * The assistant's multi-turn task: its name, the slots filled (ids, amounts, dates), awaiting.
   */
  public record OpenTaskSummary(String task, Map<String, String> slots, String awaiting)
      implements Serializable {

    public OpenTaskSummary {
      slots = Map.copyOf(slots);
    }

    /** {@code amount=12.00, creditor=…}, in slot-name order. */
    public String slotsText() {
      return String.join(
          ", ",
          slots.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> e.getKey() + "=" + e.getValue())
              .toList());
    }
  }

  /** Whether the summary flags frustration: from 0.5 up (a display threshold, not the model's). */
  public boolean frustrated() {
    return frustration != null && frustration.compareTo(FRUSTRATED) >= 0;
  }

  static final BigDecimal FRUSTRATED = new BigDecimal("0.5");
}
