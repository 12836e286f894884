package io.tellerline.privacy.eval;

import io.tellerline.privacy.detection.PiiSpan;
import io.tellerline.privacy.detection.PiiType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a detector against gold spans, per type and overall. Strict matching: a predicted span
 * counts only if start, end and type all equal a gold span, so a span cut short is both a miss and
 * a false alarm.
 */
public final class Evaluation {
  private final Map<PiiType, TypeScore> scores = new EnumMap<>(PiiType.class);
  private final List<String> errors = new ArrayList<>();

  public static Evaluation of(
      List<LabelledMessage> messages, Function<LabelledMessage, List<PiiSpan>> detector) {
    Evaluation evaluation = new Evaluation();
    for (PiiType type : PiiType.values()) {
      evaluation.scores.put(type, new TypeScore(0, 0, 0));
    }
    for (LabelledMessage message : messages) {
      evaluation.score(message, detector.apply(message));
    }
    return evaluation;
  }

  private void score(LabelledMessage message, List<PiiSpan> predicted) {
    Set<String> gold = keys(message.spans());
    Set<String> found = keys(predicted);
    for (PiiSpan span : predicted) {
      boolean hit = gold.contains(key(span));
      add(span.type(), new TypeScore(hit ? 1 : 0, hit ? 0 : 1, 0));
      if (!hit) {
        errors.add(describe("false alarm", message, span));
      }
    }
    for (PiiSpan span : message.spans()) {
      if (!found.contains(key(span))) {
        add(span.type(), new TypeScore(0, 0, 1));
        errors.add(describe("missed", message, span));
      }
    }
  }

  private void add(PiiType type, TypeScore score) {
    scores.merge(type, score, TypeScore::plus);
  }

  public TypeScore score(PiiType type) {
    return scores.get(type);
  }

  public TypeScore overall() {
    return scores.values().stream().reduce(new TypeScore(0, 0, 0), TypeScore::plus);
  }

  public Map<PiiType, TypeScore> byType() {
    return Map.copyOf(scores);
  }

  /**
   * Each miss and false alarm with its message: synthetic corpus data only, never production text.
   */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  private static Set<String> keys(List<PiiSpan> spans) {
    Set<String> keys = new HashSet<>();
    for (PiiSpan span : spans) {
      keys.add(key(span));
    }
    return keys;
  }

  private static String key(PiiSpan span) {
    return span.start() + ":" + span.end() + ":" + span.type();
  }

  private static String describe(String what, LabelledMessage message, PiiSpan span) {
    return String.format(
        "%s %s %s [%s] in %s: %s",
        what, message.id(), span.type(), span.in(message.text()), message.id(), message.text());
  }
}
