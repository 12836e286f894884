package io.tellerline.staffassist.application;

import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.staffassist.domain.StaffReplies;
import io.tellerline.staffassist.domain.StaffReplyExample;
import io.tellerline.staffassist.domain.SuggestionCandidate;
import io.tellerline.staffassist.domain.SuggestionSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Earlier staff replies with the vector of the (masked) customer message each answered, kept per
 * instance in memory and brought up to date when asked: each look fetches only the replies sent
 * since the last (at most {@link #PER_LOOK}, so opening a conversation stays fast), the oldest go
 * once there are {@link #KEPT}, and every {@link #PRUNE_EVERY} those retention has deleted go too.
 * Nothing here is stored: the vectors are recomputed after a restart.
 */
@ApplicationScoped
public class StaffReplyIndex {

  /** Replies embedded per look at most; a backlog (after a start) is caught up over a few looks. */
  static final int PER_LOOK = 100;

  static final int KEPT = 5000;

  static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

  @Inject StaffReplies replies;
  @Inject MessageUnderstanding understanding;
  @Inject Clock clock;

  /** Replaced whole, never changed: readers take it as it is. */
  private record Entry(String language, SuggestionCandidate candidate) {}

  private List<Entry> entries = List.of();
  private Instant watermark = Instant.EPOCH;
  private Instant prunedAt = Instant.EPOCH;

  /** The staff replies of one language as candidates, after adding those sent since last time. */
  public List<SuggestionCandidate> candidates(String language) {
    List<Entry> current;
    synchronized (this) {
      catchUp();
      current = entries;
    }
    return current.stream()
        .filter(e -> e.language().equals(language))
        .map(Entry::candidate)
        .toList();
  }

  private void catchUp() {
    List<Entry> kept = new ArrayList<>(entries);
    Instant now = clock.instant();
    if (!now.isBefore(prunedAt.plus(PRUNE_EVERY))) {
      prunedAt = now;
      Set<UUID> stored =
          replies.stillStored(
              kept.stream().map(e -> UUID.fromString(e.candidate().ref())).toList());
      kept.removeIf(e -> !stored.contains(UUID.fromString(e.candidate().ref())));
    }
    for (StaffReplyExample example : replies.sentAfter(watermark, PER_LOOK)) {
      kept.add(
          new Entry(
              example.language(),
              new SuggestionCandidate(
                  SuggestionSource.STAFF_REPLY,
                  example.replyId().toString(),
                  example.template(),
                  null,
                  understanding.embed(example.customerText()))));
      watermark = example.sentAt();
    }
    entries = List.copyOf(kept.subList(Math.max(0, kept.size() - KEPT), kept.size()));
  }
}
