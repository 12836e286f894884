package io.tellerline.privacy.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * One run of retention, or a dry run (what a run would delete, deleting nothing).
 *
 * @param id the run's id
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param asOf the moment whose cut-offs it applied (now, except for a development run)
 * @param dryRun whether it only counted
 * @param startedBy {@code system} for the timer, else the officer's user name
 * @param counts rows deleted (or due) by kind, in report order; no personal data
 * @param complete false when it stopped at its time limit with rows still due
 */
public record RetentionRun(
    UUID id,
    Instant startedAt,
    Instant finishedAt,
    Instant asOf,
    boolean dryRun,
    String startedBy,
    Map<String, Long> counts,
    boolean complete)
    implements Serializable {

  public RetentionRun {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** All rows deleted (or due), over every kind. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts as stored: {@code kind=count} pairs, comma-separated. */
  public String countsText() {
    StringJoiner text = new StringJoiner(",");
    counts.forEach((kind, count) -> text.add(kind + "=" + count));
    return text.toString();
  }

  /** The counts from their stored form. */
  public static Map<String, Long> parseCounts(String text) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      for (String pair : text.split(",")) {
        int equals = pair.indexOf('=');
        counts.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
      }
    }
    return counts;
  }
}
