package io.tellerline.knowledge.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.Articles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LuceneArticleIndexTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  /** Published articles in memory; the stamp changes with every publication. */
  private static final class InMemoryArticles implements Articles {
    final List<Article> all = new ArrayList<>();
    int publications;

    void publish(String slug, String language, String intent, String title, String body) {
      Article article = Article.draft(slug, language, intent, title, body, "sam", NOW);
      article.publish("sam", NOW);
      all.add(article);
      publications++;
    }

    @Override
    public void add(Article article) {
      all.add(article);
    }

    @Override
    public Optional<Article> find(UUID id) {
      return all.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<Article> latestVersions() {
      return all;
    }

    @Override
    public List<Article> published() {
      return all;
    }

    @Override
    public Optional<Article> published(String slug, String language) {
      return Optional.empty();
    }

    @Override
    public Optional<Article> draft(String slug, String language) {
      return Optional.empty();
    }

    @Override
    public void flush() {}

    @Override
    public String publicationStamp() {
      return String.valueOf(publications);
    }
  }

  private final InMemoryArticles articles = new InMemoryArticles();
  private final LuceneArticleIndex index = new LuceneArticleIndex();

  {
    index.articles = articles;
    articles.publish(
        "account-fees",
        "en",
        "fees",
        "Account fees",
        "The Current Account costs 4.90 a month. Withdrawals at other banks' ATMs cost 2.00.");
    articles.publish(
        "overdraft",
        "en",
        "overdraft",
        "Overdraft",
        "An arranged overdraft costs 9.9 % interest a year.");
    articles.publish(
        "account-fees",
        "de",
        "fees",
        "Kontoführungsgebühren",
        "Das Girokonto kostet 4,90 € im Monat. Abhebungen an Geldautomaten anderer Banken kosten 2,00 €.");
  }

  @Test
  void findsByWordsWithStemmingInEachLanguage() {
    assertEquals(
        "account-fees",
        index
            .bestMatch("en", "what does withdrawing at another bank's ATM cost", null)
            .orElseThrow()
            .slug());
    assertEquals(
        "account-fees",
        index
            .bestMatch("de", "Was kostet das Abheben am Geldautomaten einer anderen Bank?", null)
            .orElseThrow()
            .slug());
  }

  @Test
  void theRecognisedIntentRanksItsArticleFirst() {
    assertEquals(
        "overdraft", index.bestMatch("en", "how much is it", "overdraft").orElseThrow().slug());
  }

  @Test
  void nothingWhenNoArticleIsRelevantAndNewPublicationsAreFound() {
    assertTrue(index.bestMatch("en", "weather tomorrow in Paris", null).isEmpty());
    articles.publish(
        "weather", "en", null, "Weather", "We cannot tell you the weather tomorrow in Paris.");
    assertEquals(
        "weather", index.bestMatch("en", "weather tomorrow in Paris", null).orElseThrow().slug());
  }
}
