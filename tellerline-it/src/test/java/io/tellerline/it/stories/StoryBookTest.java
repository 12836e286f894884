package io.tellerline.it.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBookTest {

  private static final String FILE =
      "story,customer,message,intent,outcome,reply_contains\n"
          + "t1,alice,I want to transfer money,transfer_money,ANSWERED,Whom\n"
          + "t1,alice,to Mia,,ANSWERED,How much\n"
          + "t2,bastian,bist du ein roboter,assistant_identity,ANSWERED,kein Mensch\n"
          + "t3,alice,block my card,card_block,CONFIRM|ANSWERED,\n";

  @Test
  void readsConsecutiveRowsOfAStoryAsOneConversation() {
    Map<String, List<StoryBook.Turn>> stories = StoryBook.read(new StringReader(FILE));
    assertEquals(List.of("t1", "t2", "t3"), List.copyOf(stories.keySet()));
    assertEquals(2, stories.get("t1").size());
    assertEquals(2, stories.get("t1").get(1).number());
    assertEquals("", stories.get("t1").get(1).intent());
  }

  @Test
  void refusesAnUnknownOutcomeNamingTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StoryBook.read(
                    new StringReader(
                        "story,customer,message,intent,outcome,reply_contains\n"
                            + "x,alice,hello,greeting,SMILED,\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void judgesIntentOutcomeAndReplyAndSaysWhatCameInstead() {
    StoryBook.Turn turn = StoryBook.read(new StringReader(FILE)).get("t2").get(0);
    assertTrue(
        StoryBook.judge(
                turn,
                new StoryBook.Observed(
                    "assistant_identity", "ANSWERED", "Ich bin ... kein Mensch: ..."))
            .passed());
    StoryBook.Verdict wrong =
        StoryBook.judge(
            turn, new StoryBook.Observed("human_agent", "HANDED_OVER", "Ich verbinde Sie"));
    assertFalse(wrong.passed());
    assertTrue(wrong.problem().contains("intent human_agent instead of assistant_identity"));
    assertTrue(wrong.problem().contains("outcome HANDED_OVER"));
    assertTrue(wrong.problem().contains("reply without"));
  }

  @Test
  void eitherOfSeveralOutcomesPassesAndEmptyColumnsAreNotChecked() {
    StoryBook.Turn turn = StoryBook.read(new StringReader(FILE)).get("t3").get(0);
    assertTrue(
        StoryBook.judge(turn, new StoryBook.Observed("card_block", "ANSWERED", "Which?")).passed());
    assertFalse(
        StoryBook.judge(turn, new StoryBook.Observed("card_block", "HANDED_OVER", "")).passed());
  }

  @Test
  void passRatesCountPerKey() {
    Map<String, List<StoryBook.Turn>> stories = StoryBook.read(new StringReader(FILE));
    StoryBook.Turn a = stories.get("t1").get(0);
    StoryBook.Turn b = stories.get("t2").get(0);
    var rates =
        StoryBook.passRates(
            List.of(
                StoryBook.judge(a, new StoryBook.Observed("transfer_money", "ANSWERED", "Whom?")),
                StoryBook.judge(b, new StoryBook.Observed("greeting", "ANSWERED", ""))),
            v -> v.turn().customer());
    assertEquals(1, rates.get("alice")[0]);
    assertEquals(0, rates.get("bastian")[0]);
    assertEquals(1, rates.get("bastian")[1]);
  }
}
