package io.tellerline.knowledge.domain;

import java.util.List;
import java.util.Optional;

/** Full-text search over the published articles of one language. */
public interface ArticleIndex {

  /**
   * The best published article for a question, if any is relevant enough.
   *
   * @param intent the intent the assistant recognised; articles written for it rank higher
   */
  Optional<Article> bestMatch(String language, String question, String intent);

  /**
   * Up to {@code limit} relevant published articles, best first (suggested replies for staff).
   * Without a ranked search, the best match only.
   */
  default List<Article> matches(String language, String question, String intent, int limit) {
    return bestMatch(language, question, intent).stream().toList();
  }
}
