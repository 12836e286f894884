package io.tellerline.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long the customers who asked for a person waited until a teller's answer was in their
 * transcript (Gatling's report times requests, not the pauses between them).
 */
final class StaffWaits {

  private static final ConcurrentLinkedQueue<Long> WAITED_MILLIS = new ConcurrentLinkedQueue<>();

  private StaffWaits() {}

  static void answeredAfter(long millis) {
    WAITED_MILLIS.add(millis);
  }

  /** One line for benchmarks/load.sh: "staff answered N hand-overs; waited p50 / p95 / max …". */
  static String summary() {
    List<Long> waits = new ArrayList<>(WAITED_MILLIS);
    if (waits.isEmpty()) {
      return "staff answered 0 hand-overs";
    }
    Collections.sort(waits);
    return String.format(
        "staff answered %d hand-overs; the customer waited p50 / p95 / max %.1f / %.1f / %.1f s",
        waits.size(),
        waits.get((waits.size() - 1) / 2) / 1000.0,
        waits.get((int) Math.ceil(waits.size() * 0.95) - 1) / 1000.0,
        waits.get(waits.size() - 1) / 1000.0);
  }
}
