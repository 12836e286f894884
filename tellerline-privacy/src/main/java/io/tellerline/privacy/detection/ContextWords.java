package io.tellerline.privacy.detection;

import java.util.List;

/**
 * Keywords looked for near a candidate, in a lower-cased message. Context decides for formats that
 * are otherwise ambiguous (a 10-digit number may be an account, an order or a phone number).
 */
final class ContextWords {
  private final List<String> words;

  ContextWords(List<String> words) {
    this.words = List.copyOf(words);
  }

  static ContextWords of(String... words) {
    return new ContextWords(List.of(words));
  }

  /**
   * Distance in characters from the nearest keyword before {@code start}, or -1 if none in window.
   */
  int distanceBefore(String lower, int start, int window) {
    int from = Math.max(0, start - window);
    int best = -1;
    for (String word : words) {
      int at = lower.lastIndexOf(word, start - word.length());
      if (at >= from && isWordStart(lower, at)) {
        int distance = start - (at + word.length());
        if (best < 0 || distance < best) {
          best = distance;
        }
      }
    }
    return best;
  }

  /** Distance in characters to the nearest keyword after {@code end}, or -1 if none in window. */
  int distanceAfter(String lower, int end, int window) {
    int best = -1;
    for (String word : words) {
      int at = lower.indexOf(word, end);
      if (at >= 0 && at - end <= window && isWordStart(lower, at)) {
        int distance = at - end;
        if (best < 0 || distance < best) {
          best = distance;
        }
      }
    }
    return best;
  }

  /** True if any keyword occurs anywhere in the message: a cheap pre-check. */
  boolean anyIn(String lower) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  boolean near(String lower, int start, int end, int before, int after) {
    return distanceBefore(lower, start, before) >= 0 || distanceAfter(lower, end, after) >= 0;
  }

  private static boolean isWordStart(String lower, int at) {
    return at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
  }
}
