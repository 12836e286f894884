package io.tellerline.privacy.detection;

import java.util.Comparator;
import java.util.List;

/**
 * A matched piece of a name or an address, in folded-text offsets.
 *
 * @param standsAlone false for pieces reported only next to another piece of the same kind
 */
record Part(int start, int end, Kind kind, boolean standsAlone) {

  enum Kind {
    NAME,
    STREET,
    POSTCODE,
    CITY
  }

  /**
   * Merges parts separated only by spaces or a comma into one span; drops a group in which no part
   * stands alone.
   */
  static void merge(
      String text, List<Part> parts, FoldedText folded, PiiType type, List<PiiSpan> out) {
    parts.sort(Comparator.comparingInt(Part::start).thenComparingInt(p -> -p.end()));
    int i = 0;
    while (i < parts.size()) {
      int start = parts.get(i).start();
      int end = parts.get(i).end();
      boolean report = parts.get(i).standsAlone();
      int j = i + 1;
      while (j < parts.size() && joins(folded.folded(), end, parts.get(j).start())) {
        end = Math.max(end, parts.get(j).end());
        report |= parts.get(j).standsAlone();
        j++;
      }
      if (report) {
        out.add(new PiiSpan(folded.originalStart(start), folded.originalEnd(end), type, 0.9));
      }
      i = j;
    }
  }

  /** Overlapping, touching, or separated by at most three characters of spaces and commas. */
  private static boolean joins(String folded, int end, int nextStart) {
    if (nextStart <= end) {
      return true;
    }
    if (nextStart - end > 3) {
      return false;
    }
    for (int k = end; k < nextStart; k++) {
      if (folded.charAt(k) != ' ' && folded.charAt(k) != ',') {
        return false;
      }
    }
    return true;
  }
}
