package io.tellerline.staffassist.domain;

/**
 * A reply that may be suggested: its template (placeholders for personal data), the text it is
 * compared by (the customer message it answered, or the article), and that text's unit vector.
 *
 * @param ref the article's or the staff reply's id
 * @param intent the intent an article was written for, null if none
 */
public record SuggestionCandidate(
    SuggestionSource source, String ref, String template, String intent, float[] vector) {}
