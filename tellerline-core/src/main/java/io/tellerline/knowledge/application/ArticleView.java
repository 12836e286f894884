package io.tellerline.knowledge.application;

import io.tellerline.knowledge.domain.Article;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An article version as the console lists and edits it. */
public record ArticleView(
    UUID id,
    String slug,
    String language,
    int version,
    String intent,
    String title,
    String body,
    String status,
    String editedBy,
    Instant editedAt)
    implements Serializable {

  static ArticleView of(Article article) {
    return new ArticleView(
        article.id(),
        article.slug(),
        article.language(),
        article.version(),
        article.intent().orElse(""),
        article.title(),
        article.body(),
        article.status().name(),
        article.editedBy(),
        article.editedAt());
  }
}
