package io.tellerline.staffassist.application;

import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.knowledge.domain.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sentence vector of each published article version, computed once per instance: a published
 * version's text never changes (an edit is a new version with a new id).
 */
@ApplicationScoped
public class ArticleVectors {

  private static final int KEPT = 10_000;

  @Inject MessageUnderstanding understanding;

  private final Map<UUID, float[]> vectors = new ConcurrentHashMap<>();

  public float[] of(Article article) {
    if (vectors.size() > KEPT) {
      vectors.clear();
    }
    return vectors.computeIfAbsent(
        article.id(), id -> understanding.embed(article.title() + "\n" + article.body()));
  }
}
