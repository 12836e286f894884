package io.tellerline.nlu.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts, per language, calm messages taken for anger and angry messages caught; prints them. */
final class FrustrationTally {

  /** Per language: false alarms, calm messages, angry messages caught, angry messages. */
  private final Map<String, int[]> counts = new TreeMap<>();

  void add(String language, boolean frustrated, boolean said) {
    int[] c = counts.computeIfAbsent(language, k -> new int[4]);
    c[frustrated ? 2 : 0] += said ? 1 : 0;
    c[frustrated ? 3 : 1]++;
  }

  /** One line per language: {@code <prefix><language> false_alarm_rate: … recall: …}. */
  void print(String prefix) {
    counts.forEach(
        (language, c) ->
            System.out.printf(
                Locale.ROOT,
                "%s%s false_alarm_rate: %.4f (%d of %d) recall: %.4f (%d of %d)%n",
                prefix,
                language,
                c[0] / (double) c[1],
                c[0],
                c[1],
                c[2] / (double) c[3],
                c[2],
                c[3]));
  }
}
