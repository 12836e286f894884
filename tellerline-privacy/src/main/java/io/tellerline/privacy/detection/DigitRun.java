package io.tellerline.privacy.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of digits as people type long numbers: groups of digits joined by single spaces, dashes,
 * dots or slashes ("4111 1111-1111 1111"). The numeric detectors work on these runs, and on windows
 * of consecutive groups, instead of each running its own regular expression over the message.
 *
 * @param groupStarts offset in the message of each group's first digit
 * @param groupEnds offset just past each group's last digit
 */
record DigitRun(int[] groupStarts, int[] groupEnds) {

  int start() {
    return groupStarts[0];
  }

  int end() {
    return groupEnds[groupEnds.length - 1];
  }

  int groups() {
    return groupStarts.length;
  }

  /** The digits of groups {@code [from, to)} without separators. */
  String digits(String text, int from, int to) {
    StringBuilder digits = new StringBuilder(24);
    for (int g = from; g < to; g++) {
      digits.append(text, groupStarts[g], groupEnds[g]);
    }
    return digits.toString();
  }

  /** True if groups {@code [from, to)} are joined by one and the same separator character. */
  boolean uniformSeparator(String text, int from, int to) {
    for (int g = from + 1; g < to; g++) {
      if (text.charAt(groupStarts[g] - 1) != text.charAt(groupStarts[from + 1] - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Windows of whole groups with exactly {@code digits} digits, typed either as one group or as
   * groups of two to four digits (the way people split long numbers), leftmost first and not
   * overlapping. Lets "Konto 0532013000 16.619,19 €" yield the account although the amount follows
   * after a single space.
   */
  List<int[]> windows(String text, int digits) {
    List<int[]> windows = new ArrayList<>();
    int from = 0;
    while (from < groups()) {
      int to = windowEnd(from, digits);
      if (to > 0) {
        windows.add(new int[] {from, to});
        from = to;
      } else {
        from++;
      }
    }
    return windows;
  }

  private int windowEnd(int from, int digits) {
    int count = 0;
    for (int to = from; to < groups(); to++) {
      int length = groupEnds[to] - groupStarts[to];
      boolean single = to == from && length == digits;
      if (single) {
        return to + 1;
      }
      if (length < 2 || length > 4) {
        return -1;
      }
      count += length;
      if (count == digits) {
        return to + 1;
      }
      if (count > digits) {
        return -1;
      }
    }
    return -1;
  }

  /** All runs in the message; a run may not touch a letter, so "DE89…" and "TX123" are not runs. */
  static List<DigitRun> find(String text) {
    List<DigitRun> runs = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (isDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i = scanRun(text, i, runs);
      } else {
        i++;
      }
    }
    return runs;
  }

  private static int scanRun(String text, int start, List<DigitRun> runs) {
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    int i = start;
    int n = text.length();
    while (true) {
      starts.add(i);
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      ends.add(i);
      if (i + 1 < n && isSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i >= n || !Character.isLetter(text.charAt(i))) {
      runs.add(new DigitRun(toArray(starts), toArray(ends)));
    }
    return i;
  }

  private static int[] toArray(List<Integer> values) {
    int[] array = new int[values.size()];
    for (int k = 0; k < array.length; k++) {
      array[k] = values.get(k);
    }
    return array;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/';
  }
}
