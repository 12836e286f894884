package io.tellerline.staffassist.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.staffassist.domain.StaffReplies;
import io.tellerline.staffassist.domain.StaffReplyExample;
import io.tellerline.staffassist.domain.SuggestionCandidate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffReplyIndexTest {

  private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

  private final List<StaffReplyExample> stored = new ArrayList<>();
  private final List<String> embedded = new ArrayList<>();
  private final StaffReplyIndex index = new StaffReplyIndex();

  StaffReplyIndexTest() {
    index.replies = new StoredReplies();
    index.understanding = new CountingEncoder();
    index.clock = Clock.fixed(START, ZoneOffset.UTC);
  }

  @Test
  void eachLookEmbedsOnlyWhatIsNewAndKeepsTheLanguageApart() {
    reply("en", "Your card is blocked.", "my card does not work", 1);
    reply("de", "Ihre Karte ist gesperrt.", "meine Karte geht nicht", 2);

    assertEquals(List.of("Your card is blocked."), templates(index.candidates("en")));
    assertEquals(List.of("Ihre Karte ist gesperrt."), templates(index.candidates("de")));
    assertEquals(2, embedded.size(), "embedded once each");

    reply("en", "Done.", "please close it", 3);
    assertEquals(List.of("Your card is blocked.", "Done."), templates(index.candidates("en")));
    assertEquals(
        List.of("my card does not work", "meine Karte geht nicht", "please close it"), embedded);
  }

  @Test
  void aBacklogIsCaughtUpOverSeveralLooksAndRepliesRetentionDeletedGo() {
    for (int i = 0; i < StaffReplyIndex.PER_LOOK + 5; i++) {
      reply("en", "reply " + i, "message " + i, i);
    }
    assertEquals(StaffReplyIndex.PER_LOOK, index.candidates("en").size());
    assertEquals(StaffReplyIndex.PER_LOOK + 5, index.candidates("en").size());

    stored.remove(0); // retention deleted the oldest conversation
    assertEquals(StaffReplyIndex.PER_LOOK + 5, index.candidates("en").size(), "not before 10 min");
    index.clock = Clock.fixed(START.plus(StaffReplyIndex.PRUNE_EVERY), ZoneOffset.UTC);
    List<SuggestionCandidate> pruned = index.candidates("en");
    assertEquals(StaffReplyIndex.PER_LOOK + 4, pruned.size());
    assertEquals("reply 1", pruned.get(0).template());
  }

  private void reply(String language, String template, String customerText, int second) {
    stored.add(
        new StaffReplyExample(
            UUID.randomUUID(), language, template, customerText, START.plusSeconds(second)));
  }

  private static List<String> templates(List<SuggestionCandidate> candidates) {
    return candidates.stream().map(SuggestionCandidate::template).toList();
  }

  private final class StoredReplies implements StaffReplies {
    @Override
    public List<StaffReplyExample> sentAfter(Instant since, int limit) {
      return stored.stream().filter(r -> r.sentAt().isAfter(since)).limit(limit).toList();
    }

    @Override
    public Set<UUID> stillStored(Collection<UUID> replyIds) {
      Set<UUID> still = new HashSet<>(replyIds);
      still.retainAll(stored.stream().map(StaffReplyExample::replyId).toList());
      return still;
    }
  }

  private final class CountingEncoder implements MessageUnderstanding {
    @Override
    public MessageAnalysis understand(String text, Locale profileLanguage) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String trainingDataSha256() {
      return "";
    }

    @Override
    public String modelVersion() {
      return "";
    }

    @Override
    public String frustrationModelVersion() {
      return "";
    }

    @Override
    public float[] embed(String text) {
      embedded.add(text);
      return new float[] {1};
    }
  }
}
