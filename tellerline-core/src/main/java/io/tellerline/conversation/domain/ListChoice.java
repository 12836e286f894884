package io.tellerline.conversation.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which item of a numbered list the customer means: "the second one", "number 2", "#2", "Nr. 2",
 * "den zweiten", "the last one"; a bare "2" or "2." only as the answer to "which one?". Days ("on
 * the 1st", "am Ersten", "zum 1.") are dates, not choices.
 */
public final class ListChoice {

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("erste", 1),
          Map.entry("zweite", 2),
          Map.entry("dritte", 3),
          Map.entry("vierte", 4),
          Map.entry("fünfte", 5),
          Map.entry("fuenfte", 5),
          Map.entry("sechste", 6));

  private static final Pattern ORDINAL_WORD =
      Pattern.compile(
          "(?<!on the |\\bam |\\bzum )\\b(first|second|third|fourth|fifth|sixth|last|erste|zweite"
              + "|dritte|vierte|fünfte|fuenfte|sechste|letzte)[nrsm]?\\b",
          FLAGS);
  private static final Pattern ORDINAL_DIGITS =
      Pattern.compile("(?<!on the )\\b(\\d{1,2})(?:st|nd|rd|th)\\b", FLAGS);
  private static final Pattern NUMBERED =
      Pattern.compile("(?:\\bnumber|\\bno\\.|\\bnr\\.?|\\bnummer|#)\\s*(\\d{1,2})\\b", FLAGS);
  private static final Pattern BARE = Pattern.compile("\\s*(\\d{1,2})\\.?\\s*");

  private ListChoice() {}

  /** The 1-based position among {@code size} items the text names, if it names one. */
  public static Optional<Integer> position(String text, int size, boolean bareNumberAllowed) {
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<Integer> named = named(lower, size);
    if (named.isEmpty() && bareNumberAllowed) {
      Matcher bare = BARE.matcher(lower);
      named = bare.matches() ? Optional.of(Integer.valueOf(bare.group(1))) : Optional.empty();
    }
    return named.filter(position -> position >= 1 && position <= size);
  }

  private static Optional<Integer> named(String lower, int size) {
    Matcher numbered = NUMBERED.matcher(lower);
    if (numbered.find()) {
      return Optional.of(Integer.valueOf(numbered.group(1)));
    }
    Matcher digits = ORDINAL_DIGITS.matcher(lower);
    if (digits.find()) {
      return Optional.of(Integer.valueOf(digits.group(1)));
    }
    Matcher word = ORDINAL_WORD.matcher(lower);
    if (word.find()) {
      String ordinal = word.group(1);
      return Optional.of(
          ordinal.equals("last") || ordinal.equals("letzte") ? size : ORDINALS.get(ordinal));
    }
    return Optional.empty();
  }
}
