package io.tellerline.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Greedy grouping of similar texts by their sentence vectors (unit length, so cosine similarity is
 * the dot product): each item joins the first group whose first item is at least {@code threshold}
 * similar, else starts a group. Order-dependent by design: the inbox passes newest first, so a
 * group is led by its newest turn. Quadratic in the worst case; the inbox caps its items.
 */
public final class SimilarTextGroups {

  private SimilarTextGroups() {}

  public static <T> List<List<T>> of(
      List<T> items, Function<T, float[]> vectorOf, double threshold) {
    List<float[]> leaders = new ArrayList<>();
    List<List<T>> groups = new ArrayList<>();
    for (T item : items) {
      float[] vector = vectorOf.apply(item);
      int joined = -1;
      for (int g = 0; g < leaders.size() && joined < 0; g++) {
        if (cosine(leaders.get(g), vector) >= threshold) {
          joined = g;
        }
      }
      if (joined < 0) {
        leaders.add(vector);
        groups.add(new ArrayList<>(List.of(item)));
      } else {
        groups.get(joined).add(item);
      }
    }
    return groups.stream().map(List::copyOf).toList();
  }

  /** Dot product of two unit vectors; 0 when their lengths differ (e.g. an empty vector). */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
