package io.tellerline.conversation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.NluPipelineSwitch;
import io.tellerline.nlu.TellerlineNlu;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness while the NLU warms up: down until done, up when off, down when the NLU fails. */
class NluWarmUpTest {

  private final List<Runnable> submitted = new ArrayList<>();

  @Test
  void holdsReadinessDownUntilTheWarmUpHasRun() {
    TellerlineNlu nlu = TellerlineNlu.loadBundled();
    NluWarmUp warmUp = warmUp(pipeline(nlu), queueingExecutor(), 25, 60);
    warmUp.start(new Object());

    assertEquals(1, submitted.size());
    HealthCheckResponse before = warmUp.details();
    assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
    assertEquals("running", before.getData().orElseThrow().get("state"));

    submitted.get(0).run();
    HealthCheckResponse after = warmUp.details();
    assertEquals(HealthCheckResponse.Status.UP, after.getStatus());
    assertEquals(25L, after.getData().orElseThrow().get("messages"));
    // Everyone's /health/ready has the status alone; the counts are for the monitor.
    assertEquals(HealthCheckResponse.Status.UP, warmUp.call().getStatus());
    assertTrue(warmUp.call().getData().isEmpty());
  }

  @Test
  void startsOnceThoughEveryWebModuleOfAnEarAnnouncesItsStart() {
    NluWarmUp warmUp = warmUp(failingPipeline(), queueingExecutor(), 10, 60);
    warmUp.start(new Object());
    warmUp.start(new Object());
    assertEquals(1, submitted.size());
  }

  @Test
  void switchedOffMeansReadyAtOnce() {
    NluWarmUp noMessages = warmUp(failingPipeline(), queueingExecutor(), 0, 60);
    noMessages.start(new Object());
    NluWarmUp noTime = warmUp(failingPipeline(), queueingExecutor(), 10, 0);
    noTime.start(new Object());
    assertEquals(0, submitted.size());
    assertEquals(HealthCheckResponse.Status.UP, noMessages.details().getStatus());
    assertEquals(HealthCheckResponse.Status.UP, noTime.details().getStatus());
  }

  @Test
  void aRefusingExecutorDoesNotKeepTheInstanceOutOfService() {
    ManagedExecutorService refusing =
        executor(
            task -> {
              throw new RejectedExecutionException("shutting down");
            });
    NluWarmUp warmUp = warmUp(failingPipeline(), refusing, 10, 60);
    warmUp.start(new Object());
    assertEquals(HealthCheckResponse.Status.UP, warmUp.details().getStatus());
  }

  @Test
  void aPipelineThatCannotAnalyseItsOwnCorpusStaysNotReady() {
    NluWarmUp warmUp = warmUp(failingPipeline(), queueingExecutor(), 10, 60);
    warmUp.start(new Object());
    submitted.get(0).run();
    HealthCheckResponse failed = warmUp.details();
    assertEquals(HealthCheckResponse.Status.DOWN, failed.getStatus());
    assertEquals("failed", failed.getData().orElseThrow().get("state"));
  }

  @Test
  void refusesNegativeSettingsAtStartUp() {
    assertThrows(
        IllegalStateException.class,
        () -> warmUp(failingPipeline(), queueingExecutor(), -1, 60).start(new Object()));
    assertThrows(
        IllegalStateException.class,
        () -> warmUp(failingPipeline(), queueingExecutor(), 10, -5).start(new Object()));
  }

  private static NluWarmUp warmUp(
      NluPipelineSwitch pipelines, ManagedExecutorService executor, int messages, int seconds) {
    NluWarmUp warmUp = new NluWarmUp();
    warmUp.pipelines = pipelines;
    warmUp.executor = executor;
    warmUp.messages = messages;
    warmUp.seconds = seconds;
    return warmUp;
  }

  private ManagedExecutorService queueingExecutor() {
    return executor(submitted::add);
  }

  private static ManagedExecutorService executor(Consumer<Runnable> execute) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            NluWarmUpTest.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("execute")) {
                throw new UnsupportedOperationException(method.getName());
              }
              execute.accept((Runnable) args[0]);
              return null;
            });
  }

  private static NluPipelineSwitch pipeline(TellerlineNlu nlu) {
    return pipeline(() -> nlu);
  }

  private static NluPipelineSwitch failingPipeline() {
    return pipeline(
        () -> {
          throw new IllegalStateException("model file unreadable");
        });
  }

  private static NluPipelineSwitch pipeline(Supplier<TellerlineNlu> current) {
    return new NluPipelineSwitch() {
      @Override
      public TellerlineNlu current() {
        return current.get();
      }

      @Override
      public void use(TellerlineNlu pipeline) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
