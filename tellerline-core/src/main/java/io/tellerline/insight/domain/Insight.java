package io.tellerline.insight.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Something a detector found in one account's history: which reason text explains it ({@code
 * reason}, a key of the insight texts) and the facts that text names ({@code facts}: {@code Money},
 * {@code LocalDate}, {@code String} or {@code Integer}, in the order of the kind's reason text).
 * Its id is a digest of the kind and the facts that make it this insight (not the amounts'
 * wording), so the same finding keeps its id from one look to the next and a dismissal sticks.
 */
public record Insight(
    InsightKind kind, String ruleVersion, String id, String reason, List<Object> facts) {

  public Insight {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ruleVersion, "ruleVersion");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    facts = List.copyOf(facts);
  }

  /** An insight whose id is derived from what identifies it (account, counterparty, dates). */
  public static Insight of(
      InsightKind kind,
      String ruleVersion,
      List<Object> identity,
      String reason,
      List<Object> facts) {
    return new Insight(kind, ruleVersion, idOf(kind, identity), reason, facts);
  }

  private static String idOf(InsightKind kind, List<Object> identity) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(kind.name().getBytes(StandardCharsets.UTF_8));
      for (Object part : identity) {
        sha256.update((byte) 0);
        sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
