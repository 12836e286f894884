package io.tellerline.staffassist.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders candidate replies by the cosine similarity (dot product of unit vectors) of what they
 * answered to the customer's message; an article written for the intent the assistant recognised
 * gets a bonus. Below {@link #MIN_SCORE} nothing is suggested; the same text is suggested once.
 */
public final class SuggestionRanker {

  public static final int SHOWN = 3;
  static final double MIN_SCORE = 0.3;
  static final double INTENT_BONUS = 0.2;

  private SuggestionRanker() {}

  public static List<SuggestedReply> rank(
      float[] message,
      String intent,
      List<SuggestionCandidate> candidates,
      Map<String, String> maskedFacts) {
    List<SuggestedReply> scored = new ArrayList<>();
    for (SuggestionCandidate candidate : candidates) {
      double score = dot(message, candidate.vector());
      if (candidate.source() == SuggestionSource.ARTICLE
          && intent != null
          && intent.equals(candidate.intent())) {
        score += INTENT_BONUS;
      }
      if (score >= MIN_SCORE) {
        scored.add(
            new SuggestedReply(
                candidate.source(),
                candidate.ref(),
                ReplyTemplate.fill(candidate.template(), maskedFacts),
                score));
      }
    }
    scored.sort(
        Comparator.comparingDouble(SuggestedReply::score)
            .reversed()
            .thenComparing(SuggestedReply::ref));
    Set<String> seen = new HashSet<>();
    return scored.stream().filter(s -> seen.add(s.text().strip())).limit(SHOWN).toList();
  }

  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
