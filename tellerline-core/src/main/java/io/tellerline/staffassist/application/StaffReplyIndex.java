package io.tellerline.staffassist.application;

import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.staffassist.domain.StaffReplies;
import io.tellerline.staffassist.domain.StaffReplyExample;
import io.tellerline.staffassist.domain.SuggestionCandidate;
import io.tellerline.staffassist.domain.SuggestionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Earlier staff replies with the vector of the customer message each answered, kept per instance in
 * memory and brought up to date when asked: each look fetches only the replies sent since the last
 * (a few at a time, so opening a conversation stays fast), and the oldest go once there are {@link
 * #KEPT}. Nothing here is stored: the vectors are recomputed after a restart.
 */
@ApplicationScoped
public class StaffReplyIndex {

  /** Replies embedded per look at most; a backlog (after a start) is caught up over a few looks. */
  static final int PER_LOOK = 100;

  static final int KEPT = 5000;

  @Inject StaffReplies replies;
  @Inject MessageUnderstanding understanding;

  private List<SuggestionCandidate> candidates = List.of();
  private List<String> languages = List.of();
  private Instant watermark = Instant.EPOCH;

  /** The staff replies of one language as candidates, after adding those sent since last time. */
  public List<SuggestionCandidate> candidates(String language) {
    record Snapshot(List<SuggestionCandidate> candidates, List<String> languages) {}
    Snapshot current;
    synchronized (this) {
      catchUp();
      current = new Snapshot(candidates, languages);
    }
    List<SuggestionCandidate> ofLanguage = new ArrayList<>();
    for (int i = 0; i < current.candidates().size(); i++) {
      if (current.languages().get(i).equals(language)) {
        ofLanguage.add(current.candidates().get(i));
      }
    }
    return ofLanguage;
  }

  private void catchUp() {
    List<StaffReplyExample> sent = replies.sentAfter(watermark, PER_LOOK);
    if (sent.isEmpty()) {
      return;
    }
    List<SuggestionCandidate> more = new ArrayList<>(candidates);
    List<String> moreLanguages = new ArrayList<>(languages);
    for (StaffReplyExample example : sent) {
      more.add(
          new SuggestionCandidate(
              SuggestionSource.STAFF_REPLY,
              example.replyId().toString(),
              example.template(),
              null,
              understanding.embed(example.customerText())));
      moreLanguages.add(example.language());
      watermark = example.sentAt();
    }
    int drop = Math.max(0, more.size() - KEPT);
    candidates = List.copyOf(more.subList(drop, more.size()));
    languages = List.copyOf(moreLanguages.subList(drop, moreLanguages.size()));
  }
}
