package io.tellerline.staffassist.domain;

import java.io.Serializable;

/**
 * A reply offered to the teller: the template with what the masked view could fill filled in.
 *
 * @param score similarity to the customer's message (plus the intent bonus of an article)
 */
public record SuggestedReply(SuggestionSource source, String ref, String text, double score)
    implements Serializable {

  /** The label the page shows with it. */
  public String sourceLabel() {
    return source == SuggestionSource.ARTICLE ? "Knowledge base" : "Earlier staff reply";
  }
}
