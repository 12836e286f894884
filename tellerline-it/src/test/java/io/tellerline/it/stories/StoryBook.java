package io.tellerline.it.stories;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Conversation stories in a plain CSV file that a bank can extend without Java: one row per
 * customer turn, {@code story,customer,message,intent,outcome,reply_contains}. Consecutive rows
 * with the same story id are one conversation. {@code intent} and {@code reply_contains} may be
 * empty (not checked); {@code outcome} is one of {@link #OUTCOMES}, or several joined by {@code |}
 * where either is right (a card question asks "which card?" or confirms, by how many cards fit).
 */
public final class StoryBook {

  /** What the assistant did with a turn. CONFIRM: it asks the customer to confirm a summary. */
  public static final Set<String> OUTCOMES =
      Set.of("ANSWERED", "CONFIRM", "STEP_UP_REQUIRED", "HANDED_OVER", "NOT_UNDERSTOOD");

  public record Turn(
      String story,
      int number,
      String customer,
      String message,
      String intent,
      Set<String> outcomes,
      String replyContains) {}

  /** What the server did: the recorded intent and outcome, and the reply the customer saw. */
  public record Observed(String intent, String outcome, String reply) {}

  /** A turn judged: empty {@code problem} when it passed. */
  public record Verdict(Turn turn, Observed observed, String problem) {
    public boolean passed() {
      return problem.isEmpty();
    }
  }

  private StoryBook() {}

  /** The stories in file order; refuses a malformed row, naming its line. */
  public static Map<String, List<Turn>> read(Reader csv) {
    Map<String, List<Turn>> stories = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = format.parse(csv)) {
      for (CSVRecord row : parser) {
        Set<String> outcomes = Set.of(row.get("outcome").strip().split("\\|"));
        if (!OUTCOMES.containsAll(outcomes) || row.get("message").isBlank()) {
          throw new IllegalArgumentException(
              "story file line " + parser.getCurrentLineNumber() + ": bad outcome or no message");
        }
        List<Turn> turns = stories.computeIfAbsent(row.get("story"), k -> new ArrayList<>());
        turns.add(
            new Turn(
                row.get("story"),
                turns.size() + 1,
                row.get("customer"),
                row.get("message"),
                row.get("intent").strip(),
                outcomes,
                row.get("reply_contains").strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stories;
  }

  /** Compares what the turn expects with what the server did. */
  public static Verdict judge(Turn turn, Observed observed) {
    List<String> problems = new ArrayList<>();
    if (!turn.intent().isEmpty() && !turn.intent().equals(observed.intent())) {
      problems.add("intent " + observed.intent() + " instead of " + turn.intent());
    }
    if (!turn.outcomes().contains(observed.outcome())) {
      problems.add("outcome " + observed.outcome() + " instead of " + turn.outcomes());
    }
    if (!turn.replyContains().isEmpty()
        && !observed.reply().toLowerCase().contains(turn.replyContains().toLowerCase())) {
      problems.add("reply without \"" + turn.replyContains() + "\": " + observed.reply());
    }
    return new Verdict(turn, observed, String.join("; ", problems));
  }

  /** Pass rate per key (language, intent), e.g. {@code en -> [passed, all]}. */
  public static Map<String, int[]> passRates(
      List<Verdict> verdicts, java.util.function.Function<Verdict, String> key) {
    Map<String, int[]> rates = new java.util.TreeMap<>();
    for (Verdict verdict : verdicts) {
      int[] counts = rates.computeIfAbsent(key.apply(verdict), k -> new int[2]);
      counts[0] += verdict.passed() ? 1 : 0;
      counts[1]++;
    }
    return rates;
  }
}
