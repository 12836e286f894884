package io.tellerline.privacy.eval;

import io.tellerline.privacy.cardsecrets.CardSecret;
import io.tellerline.privacy.cardsecrets.CardSecretDetector;
import io.tellerline.privacy.cardsecrets.CardSecretKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores {@link CardSecretDetector} on a labelled JSONL file ({@code id, lang, text, spans[start,
 * end, type]}, type PIN | CVC | EXPIRY). Two views: strict (same characters and kind) per kind and
 * language, and what matters for never storing a secret: the share of labelled digits that some
 * finding removes, and the share of messages without any secret from which something is removed.
 *
 * <p>{@code java -cp … io.tellerline.privacy.eval.EvaluateCardSecrets FILE [--errors]}
 */
public final class EvaluateCardSecrets {

  private record Labelled(String id, String lang, String text, List<CardSecret> spans) {}

  private EvaluateCardSecrets() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EvaluateCardSecrets FILE.jsonl [--errors]");
      System.exit(2);
    }
    boolean errors = args.length > 1 && args[1].equals("--errors");
    List<Labelled> rows = read(Path.of(args[0]));
    CardSecretDetector detector = new CardSecretDetector();
    for (String lang : List.of("all", "en", "de")) {
      Map<CardSecretKind, int[]> counts = new EnumMap<>(CardSecretKind.class); // tp, fp, fn
      for (CardSecretKind kind : CardSecretKind.values()) {
        counts.put(kind, new int[3]);
      }
      long digits = 0;
      long removedDigits = 0;
      int negatives = 0;
      int falseAlarms = 0;
      for (Labelled row : rows) {
        if (!lang.equals("all") && !lang.equals(row.lang())) {
          continue;
        }
        List<CardSecret> found = detector.find(row.text());
        for (CardSecret gold : row.spans()) {
          boolean hit = found.contains(gold);
          counts.get(gold.kind())[hit ? 0 : 2]++;
          for (int i = gold.start(); i < gold.end(); i++) {
            if (Character.isDigit(row.text().charAt(i))) {
              digits++;
              int at = i;
              if (found.stream().anyMatch(f -> f.start() <= at && at < f.end())) {
                removedDigits++;
              }
            }
          }
          if (errors && lang.equals("all") && !hit) {
            System.out.println("MISSED " + row.id() + " " + describe(row.text(), gold));
          }
        }
        for (CardSecret f : found) {
          if (!row.spans().contains(f)) {
            counts.get(f.kind())[1]++;
            if (errors && lang.equals("all")) {
              System.out.println("EXTRA  " + row.id() + " " + describe(row.text(), f));
            }
          }
        }
        if (row.spans().isEmpty()) {
          negatives++;
          if (!found.isEmpty()) {
            falseAlarms++;
          }
        }
      }
      for (CardSecretKind kind : CardSecretKind.values()) {
        int[] c = counts.get(kind);
        System.out.printf(
            "%-4s %-6s precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
            lang, kind, ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), c[0], c[1], c[2]);
      }
      System.out.printf(
          "%-4s labelled digits removed %.3f (%d of %d); messages without secrets touched %.3f"
              + " (%d of %d)%n",
          lang,
          ratio(removedDigits, digits),
          removedDigits,
          digits,
          ratio(falseAlarms, negatives),
          falseAlarms,
          negatives);
    }
  }

  private static String describe(String text, CardSecret span) {
    return span.kind() + " '" + text.substring(span.start(), span.end()) + "' in: " + text;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  @SuppressWarnings("unchecked")
  private static List<Labelled> read(Path file) throws IOException {
    List<Labelled> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, Object> row = (Map<String, Object>) Json.parse(line);
      List<CardSecret> spans = new ArrayList<>();
      for (Object o : (List<Object>) row.get("spans")) {
        Map<String, Object> s = (Map<String, Object>) o;
        spans.add(
            new CardSecret(
                ((Long) s.get("start")).intValue(),
                ((Long) s.get("end")).intValue(),
                CardSecretKind.valueOf((String) s.get("type"))));
      }
      rows.add(
          new Labelled(
              (String) row.get("id"), (String) row.get("lang"), (String) row.get("text"), spans));
    }
    return rows;
  }
}
