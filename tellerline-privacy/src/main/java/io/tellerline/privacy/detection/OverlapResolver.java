package io.tellerline.privacy.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps one finding per stretch of text: the type with the higher precedence (checksummed types
 * first, see {@link PiiType}), then the longer span, then the more confident one.
 */
final class OverlapResolver {
  private static final Comparator<PiiSpan> PREFERENCE =
      Comparator.comparingInt((PiiSpan s) -> s.type().precedence())
          .thenComparing(Comparator.comparingInt(PiiSpan::length).reversed())
          .thenComparing(Comparator.comparingDouble(PiiSpan::confidence).reversed())
          .thenComparingInt(PiiSpan::start);

  private OverlapResolver() {}

  static List<PiiSpan> resolve(List<PiiSpan> found) {
    if (found.size() < 2) {
      return List.copyOf(found);
    }
    List<PiiSpan> candidates = new ArrayList<>(found);
    candidates.sort(PREFERENCE);
    List<PiiSpan> kept = new ArrayList<>();
    for (PiiSpan candidate : candidates) {
      if (kept.stream().noneMatch(candidate::overlaps)) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(PiiSpan::start));
    return List.copyOf(kept);
  }
}
