package io.tellerline.staffassist.domain;

import io.tellerline.conversation.domain.Author;
import io.tellerline.conversation.domain.Conversation;
import io.tellerline.conversation.domain.IntentDecision;
import io.tellerline.conversation.domain.Message;
import io.tellerline.conversation.domain.OpenTask;
import io.tellerline.staffassist.domain.HandoverSummary.OpenTaskSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the hand-over summary from what is recorded: the messages (masked, as the transcript shows
 * them), the intent decisions stored with them and the open task. Rules and templates only, no
 * model and no outside service: nothing is sent anywhere and the summary shows no more than the
 * masked transcript does.
 */
public final class HandoverSummarizer {

  /** How many of the latest customer messages and assistant answers the summary quotes. */
  static final int QUOTED = 3;

  /** Longest quotation; longer texts are cut at a word. */
  static final int QUOTE_MAX = 160;

  private HandoverSummarizer() {}

  public static HandoverSummary summarize(Conversation conversation, Optional<OpenTask> task) {
    List<String> asked = new ArrayList<>();
    List<String> understood = new ArrayList<>();
    List<String> answered = new ArrayList<>();
    BigDecimal frustration = null;
    for (Message message : conversation.messages()) {
      if (message.author() == Author.CUSTOMER) {
        asked.add(quote(message.maskedBody()));
        Optional<IntentDecision> decision = message.intentDecision();
        if (decision.isPresent()) {
          understood.add(
              "#"
                  + message.sequence()
                  + " "
                  + decision.get().intent()
                  + " "
                  + decision.get().confidence().toPlainString());
          BigDecimal seen = decision.get().frustration().orElse(null);
          if (seen != null && (frustration == null || seen.compareTo(frustration) > 0)) {
            frustration = seen;
          }
        }
      } else if (message.author() == Author.ASSISTANT) {
        answered.add(quote(message.maskedBody()));
      }
    }
    return new HandoverSummary(
        conversation.language().getLanguage(),
        conversation.escalationReason().map(Enum::name).orElse(null),
        latest(asked),
        understood,
        latest(answered),
        frustration,
        task.map(t -> new OpenTaskSummary(t.task(), t.slots(), t.awaiting())).orElse(null));
  }

  private static List<String> latest(List<String> all) {
    return List.copyOf(all.subList(Math.max(0, all.size() - QUOTED), all.size()));
  }

  /** The text on one line, cut at a word after at most {@link #QUOTE_MAX} characters. */
  static String quote(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    if (line.length() <= QUOTE_MAX) {
      return line;
    }
    int cut = line.lastIndexOf(' ', QUOTE_MAX - 1);
    return line.substring(0, cut > QUOTE_MAX / 2 ? cut : QUOTE_MAX - 1) + "…";
  }
}
