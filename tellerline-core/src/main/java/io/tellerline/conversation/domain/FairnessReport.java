package io.tellerline.conversation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Parity across the groups of one dimension under one model version: the escalation, not-understood
 * and corrected rates of the best and worst group may differ by at most {@value #MAX_GAP_POINTS}
 * points; a larger gap is a finding a supervisor or compliance officer must acknowledge. Groups
 * with fewer than {@value #MIN_CONVERSATIONS} conversations are too small to compare.
 */
public final class FairnessReport {

  public static final int MAX_GAP_POINTS = 5;
  public static final int MIN_CONVERSATIONS = 10;

  private FairnessReport() {}

  /** The gaps over the limit, as sentences (aggregates only). */
  public static List<String> findings(List<FairnessRow> rows) {
    Map<String, List<FairnessRow>> compared = new LinkedHashMap<>();
    for (FairnessRow row : rows) {
      if (row.conversations() >= MIN_CONVERSATIONS) {
        compared
            .computeIfAbsent(row.modelVersion() + " / " + row.dimension(), k -> new ArrayList<>())
            .add(row);
      }
    }
    List<String> findings = new ArrayList<>();
    compared.forEach(
        (scope, groups) -> {
          gap(scope, "escalation rate", groups, FairnessRow::escalationRate)
              .ifPresent(findings::add);
          gap(scope, "not-understood rate", groups, FairnessRow::notUnderstoodRate)
              .ifPresent(findings::add);
          gap(scope, "corrected rate", groups, FairnessRow::correctedRate).ifPresent(findings::add);
        });
    return findings;
  }

  private static java.util.Optional<String> gap(
      String scope,
      String figure,
      List<FairnessRow> groups,
      Function<FairnessRow, OptionalDouble> rate) {
    FairnessRow lowest = null;
    FairnessRow highest = null;
    for (FairnessRow group : groups) {
      OptionalDouble value = rate.apply(group);
      if (value.isEmpty()) {
        continue;
      }
      if (lowest == null || value.getAsDouble() < rate.apply(lowest).getAsDouble()) {
        lowest = group;
      }
      if (highest == null || value.getAsDouble() > rate.apply(highest).getAsDouble()) {
        highest = group;
      }
    }
    if (lowest == null || lowest == highest) {
      return java.util.Optional.empty();
    }
    double low = rate.apply(lowest).getAsDouble() * 100;
    double high = rate.apply(highest).getAsDouble() * 100;
    if (high - low <= MAX_GAP_POINTS + 1e-9) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        String.format(
            Locale.ROOT,
            "%s: %s %s %.1f %% vs %s %.1f %% (gap %.1f points)",
            scope,
            figure,
            highest.group(),
            high,
            lowest.group(),
            low,
            high - low));
  }
}
