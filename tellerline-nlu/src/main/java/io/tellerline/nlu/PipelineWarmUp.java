package io.tellerline.nlu;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Runs the pipeline over the bundled corpus's own utterances before the first customer, so that the
 * JIT has compiled the NLU's Java paths (tokenisers, features, the classifiers) by the time the
 * server takes traffic. Without it the first customers' turns paid for that in slow, interpreted
 * and profiled code for the first minutes of load (BENCHMARKS.md, "Warm-up").
 *
 * <p>Side-effect free: the pipeline keeps no state between messages, and the results are thrown
 * away. Bounded both by a number of messages and by a time budget, whichever ends first, so that a
 * slow machine is not kept out of service for long.
 */
public final class PipelineWarmUp {

  /** What a warm-up did: messages analysed and how long it took. */
  public record Result(int messages, Duration took, boolean budgetSpent) {}

  private final List<LabelledUtterance> utterances;
  private final LongSupplier nanoClock;

  /** Warms up on Tellerline's own bundled corpus (English and German). */
  public static PipelineWarmUp onBundledCorpus() {
    return new PipelineWarmUp(IntentCorpus.bundled().utterances(), System::nanoTime);
  }

  PipelineWarmUp(List<LabelledUtterance> utterances, LongSupplier nanoClock) {
    if (utterances.isEmpty()) {
      throw new IllegalArgumentException("no utterances to warm up on");
    }
    this.utterances = List.copyOf(utterances);
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /**
   * Analyses up to {@code messages} utterances (round robin over the corpus, in the corpus's
   * language) or until {@code budget} has passed, whichever comes first.
   */
  public Result run(TellerlineNlu nlu, int messages, Duration budget) {
    Objects.requireNonNull(nlu, "nlu");
    if (messages < 0) {
      throw new IllegalArgumentException("messages must not be negative: " + messages);
    }
    if (budget.isNegative()) {
      throw new IllegalArgumentException("budget must not be negative: " + budget);
    }
    long started = nanoClock.getAsLong();
    long deadline = started + budget.toNanos();
    int analysed = 0;
    boolean budgetSpent = false;
    while (analysed < messages) {
      if (nanoClock.getAsLong() - deadline >= 0) {
        budgetSpent = true;
        break;
      }
      LabelledUtterance utterance = utterances.get(analysed % utterances.size());
      nlu.analyse(utterance.text(), utterance.language());
      analysed++;
    }
    return new Result(analysed, Duration.ofNanos(nanoClock.getAsLong() - started), budgetSpent);
  }
}
