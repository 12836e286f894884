package io.tellerline.staffassist.application;

import io.tellerline.staffassist.domain.HandoverSummary;
import io.tellerline.staffassist.domain.SuggestedReply;
import java.io.Serializable;
import java.util.List;

/** What the conversation page shows the teller taking over: the summary and suggested replies. */
public record StaffAssistance(HandoverSummary summary, List<SuggestedReply> suggestions)
    implements Serializable {

  public StaffAssistance {
    suggestions = List.copyOf(suggestions);
  }
}
