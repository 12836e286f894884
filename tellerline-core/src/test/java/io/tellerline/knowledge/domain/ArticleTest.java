package io.tellerline.knowledge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.kernel.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void aPublishedVersionIsRevisedAsANewDraftAndRetiredWhenItsSuccessorIsPublished() {
    Article v1 =
        Article.draft("account-fees", "en", "fees", "Fees", "€4.90 a month.\n\nMore.", "sam", NOW);
    v1.publish("sam", NOW);
    assertThrows(IllegalStateException.class, () -> v1.edit(null, "t", "b", "tessa", NOW));
    Article v2 = v1.revise("tessa", NOW);
    v2.edit("fees", "Fees", "€5.90 a month.", "tessa", NOW);
    assertEquals(2, v2.version());
    assertEquals(ArticleStatus.DRAFT, v2.status());
    v1.retire();
    v2.publish("sam", NOW);
    assertEquals(ArticleStatus.RETIRED, v1.status());
    assertEquals("€4.90 a month.", v1.summary());
  }

  @Test
  void rejectsBadSlugsLanguagesAndEmptyText() {
    assertThrows(
        InvalidInputException.class, () -> Article.draft("Fees!", "en", null, "t", "b", "s", NOW));
    assertThrows(
        InvalidInputException.class, () -> Article.draft("fees", "fr", null, "t", "b", "s", NOW));
    assertThrows(
        InvalidInputException.class, () -> Article.draft("fees", null, null, "t", "b", "s", NOW));
    assertThrows(
        InvalidInputException.class, () -> Article.draft("fees", "en", null, " ", "b", "s", NOW));
    assertThrows(
        InvalidInputException.class,
        () -> Article.draft("fees", "en", null, "t", "x".repeat(Article.MAX_BODY + 1), "s", NOW));
  }
}
