package io.tellerline.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The start-up warm-up on the shipped pipeline: its two bounds, and its inputs checked. */
class PipelineWarmUpTest {

  private static TellerlineNlu nlu;

  @BeforeAll
  static void load() {
    nlu = TellerlineNlu.loadBundled();
  }

  @Test
  void analysesTheAskedNumberOfMessagesGoingRoundTheCorpus() {
    List<LabelledUtterance> two =
        List.of(
            new LabelledUtterance("what's my balance?", "account_balance", "en"),
            new LabelledUtterance("Wie hoch ist mein Kontostand?", "account_balance", "de"));
    PipelineWarmUp.Result result =
        new PipelineWarmUp(two, System::nanoTime).run(nlu, 5, Duration.ofMinutes(1));
    assertEquals(5, result.messages());
    assertFalse(result.budgetSpent());
  }

  @Test
  void stopsWhenItsTimeBudgetIsSpent() {
    AtomicLong clock = new AtomicLong();
    // Every reading of the clock moves it on by 1 s: the start and each check before a message read
    // it, so a budget of 3 s is spent after two messages.
    PipelineWarmUp warmUp =
        new PipelineWarmUp(
            IntentCorpus.bundled().utterances(),
            () -> clock.getAndAdd(Duration.ofSeconds(1).toNanos()));
    PipelineWarmUp.Result result = warmUp.run(nlu, 1_000_000, Duration.ofSeconds(3));
    assertTrue(result.budgetSpent());
    assertEquals(2, result.messages());
  }

  @Test
  void zeroMessagesOrNoBudgetAnalysesNothing() {
    PipelineWarmUp warmUp = PipelineWarmUp.onBundledCorpus();
    assertEquals(0, warmUp.run(nlu, 0, Duration.ofMinutes(1)).messages());
    assertEquals(0, warmUp.run(nlu, 10, Duration.ZERO).messages());
  }

  @Test
  void refusesNegativeBoundsAndAnEmptyCorpus() {
    PipelineWarmUp warmUp = PipelineWarmUp.onBundledCorpus();
    assertThrows(IllegalArgumentException.class, () -> warmUp.run(nlu, -1, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> warmUp.run(nlu, 1, Duration.ofSeconds(-1)));
    assertThrows(
        IllegalArgumentException.class, () -> new PipelineWarmUp(List.of(), System::nanoTime));
  }
}
