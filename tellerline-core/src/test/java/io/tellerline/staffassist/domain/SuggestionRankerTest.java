package io.tellerline.staffassist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionRankerTest {

  private static final float[] MESSAGE = unit(1, 0, 0);

  @Test
  void ranksBySimilarityWithTheIntentBonusForArticlesAndDropsTheUnrelated() {
    List<SuggestionCandidate> candidates =
        List.of(
            reply("r1", "Your card is blocked.", unit(0.6f, 0.8f, 0)), // 0.6
            reply("r2", "I have blocked {card.number}.", unit(0.9f, 0.436f, 0)), // 0.9
            article("a1", "How to block a card.", "card_block", unit(0.5f, 0, 0.866f)), // 0.5+0.2
            article("a2", "Opening hours.", "hours", unit(0.5f, 0, 0.866f)), // 0.5
            reply("r3", "Unrelated.", unit(0.1f, 0.995f, 0))); // 0.1: dropped

    List<SuggestedReply> ranked =
        SuggestionRanker.rank(
            MESSAGE, "card_block", candidates, Map.of("card.number", "•••• 1111"));

    assertEquals(List.of("r2", "a1", "r1"), ranked.stream().map(SuggestedReply::ref).toList());
    assertEquals("I have blocked •••• 1111.", ranked.get(0).text());
    assertEquals(0.7, ranked.get(1).score(), 1e-3);
    assertEquals(SuggestionRanker.SHOWN, ranked.size());
  }

  @Test
  void theSameTextIsSuggestedOnceAndNothingBelowTheFloor() {
    List<SuggestionCandidate> candidates =
        List.of(
            reply("r1", "Done. ", unit(0.8f, 0.6f, 0)),
            reply("r2", "Done.", unit(0.7f, 0.714f, 0)),
            reply("r3", "Far.", unit(0.2f, 0.98f, 0)));

    List<SuggestedReply> ranked = SuggestionRanker.rank(MESSAGE, null, candidates, Map.of());

    assertEquals(List.of("r1"), ranked.stream().map(SuggestedReply::ref).toList());
    assertEquals(
        List.of(), SuggestionRanker.rank(MESSAGE, null, List.of(candidates.get(2)), Map.of()));
  }

  private static SuggestionCandidate reply(String ref, String text, float[] vector) {
    return new SuggestionCandidate(SuggestionSource.STAFF_REPLY, ref, text, null, vector);
  }

  private static SuggestionCandidate article(
      String ref, String text, String intent, float[] vector) {
    return new SuggestionCandidate(SuggestionSource.ARTICLE, ref, text, intent, vector);
  }

  private static float[] unit(float... v) {
    return v;
  }
}
