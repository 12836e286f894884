package io.tellerline.knowledge.application;

import io.tellerline.knowledge.domain.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** Answers to frequently asked questions from published articles, with their source. */
@ApplicationScoped
public class FaqAnswers {

  @Inject ArticleIndex index;

  /** The article that answers the question best in the conversation's language, if any. */
  public Optional<Citation> answer(Locale language, String question, String intent) {
    return index
        .bestMatch(language.getLanguage(), question, intent)
        .map(a -> new Citation(a.slug(), a.version(), a.title(), a.summary()));
  }

  /** What the assistant quotes and how it names the source. */
  public record Citation(String slug, int version, String title, String text) {}
}
