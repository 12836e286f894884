package io.tellerline.training.bench;

import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.nlu.classify.IntentModel;
import io.tellerline.nlu.evaluate.HeldOutSets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What shadow scoring costs the understanding of a customer's message (the NLU step of a turn, the
 * part that competes with it for the CPU): the median time of {@code analyse} for the stories'
 * messages, without a candidate and with one that scores each message afterwards on another thread
 * (as {@code CandidateShadow} does on the container's executor). Paced: a pause between messages,
 * as turns arrive; back to back: the shadow thread never idles (the worst case). The candidate is
 * the shipped model read a second time: the same size and parts as a retrained one. A whole turn
 * (HTTP, database, audit) takes longer than its NLU step, so the share of a turn is smaller still.
 */
public final class ShadowOverheadBenchmark {

  private ShadowOverheadBenchmark() {}

  public static void main(String[] args) throws InterruptedException {
    int pauseMillis = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    TellerlineNlu nlu = TellerlineNlu.loadBundled();
    IntentModel candidate = nlu.readIntentModel(TellerlineNlu.bundledIntentArtifact()).model();
    List<LabelledUtterance> messages = HeldOutSets.storyMessages();
    ExecutorService shadow = Executors.newSingleThreadExecutor();
    measure(nlu, messages, null, shadow, 0); // warm-up
    for (int pause : List.of(pauseMillis, 0)) {
      double without = measure(nlu, messages, null, shadow, pause);
      double with = measure(nlu, messages, candidate, shadow, pause);
      System.out.printf(
          Locale.ROOT,
          "%s (%d messages): NLU median without shadow %.2f ms, with shadow %.2f ms (%+.1f %%)%n",
          pause == 0 ? "back to back" : "paced " + pause + " ms",
          messages.size(),
          without,
          with,
          (with / without - 1) * 100);
    }
    shadow.shutdown();
    shadow.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static double measure(
      TellerlineNlu nlu,
      List<LabelledUtterance> messages,
      IntentModel candidate,
      ExecutorService shadow,
      int pauseMillis)
      throws InterruptedException {
    List<Double> millis = new ArrayList<>();
    for (LabelledUtterance message : messages) {
      long started = System.nanoTime();
      MessageAnalysis live = nlu.analyse(message.text(), message.language());
      millis.add((System.nanoTime() - started) / 1e6);
      if (candidate != null) {
        String language = live.language().language();
        shadow.execute(
            () ->
                candidate.predict(
                    message.text(), candidate.encoder().encode(message.text()), language));
      }
      Thread.sleep(pauseMillis);
    }
    Collections.sort(millis);
    return millis.get(millis.size() / 2);
  }
}
