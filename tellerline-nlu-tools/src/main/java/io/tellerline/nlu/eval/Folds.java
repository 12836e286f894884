package io.tellerline.nlu.eval;

import io.tellerline.nlu.LabelledUtterance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Stratified k-fold assignment: every label spread evenly over the folds; seeded. */
public final class Folds {

  private Folds() {}

  /** The fold (0..k-1) of each row. */
  public static int[] assign(List<LabelledUtterance> rows, int k, long seed) {
    Map<String, List<Integer>> byLabel = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byLabel.computeIfAbsent(rows.get(i).label(), label -> new ArrayList<>()).add(i);
    }
    int[] fold = new int[rows.size()];
    Random random = new Random(seed);
    int next = 0;
    for (List<Integer> members : byLabel.values()) {
      Collections.shuffle(members, random);
      for (int index : members) {
        fold[index] = next++ % k;
      }
    }
    return fold;
  }
}
