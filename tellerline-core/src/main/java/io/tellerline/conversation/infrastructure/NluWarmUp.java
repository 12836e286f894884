package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.NluPipelineSwitch;
import io.tellerline.nlu.PipelineWarmUp;
import io.tellerline.platform.DetailedHealthCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Warms the NLU pipeline up right after deployment, on another thread, and holds readiness down
 * ({@value #CHECK}) until it is done, so that a load balancer sends the first customers to an
 * instance whose NLU the JIT has already compiled. The NLU is about 40 % of a turn's CPU at steady
 * state and several times that in the first minute of load when cold (BENCHMARKS.md, "Warm-up").
 *
 * <p>Bounded by {@code tellerline.nlu.warm-up.messages} (default {@value #DEFAULT_MESSAGES}; 0
 * switches it off) and {@code tellerline.nlu.warm-up.seconds} (default {@value #DEFAULT_SECONDS}),
 * whichever ends first. It calls the pipeline directly, not through {@link
 * TellerlineNluUnderstanding#understand}: no turn is counted on {@code /metrics}, no candidate
 * model scores it in shadow.
 */
@Readiness
@ApplicationScoped
public class NluWarmUp implements DetailedHealthCheck {

  static final String CHECK = "nlu-warm-up";
  static final int DEFAULT_MESSAGES = 2000;
  static final int DEFAULT_SECONDS = 60;
  private static final Logger LOG = Logger.getLogger(NluWarmUp.class.getName());

  /** Ready without having warmed up: switched off, or the executor refused the work. */
  private static final PipelineWarmUp.Result NONE =
      new PipelineWarmUp.Result(0, Duration.ZERO, false);

  @Inject NluPipelineSwitch pipelines;
  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "tellerline.nlu.warm-up.messages", defaultValue = "" + DEFAULT_MESSAGES)
  int messages;

  @Inject
  @ConfigProperty(name = "tellerline.nlu.warm-up.seconds", defaultValue = "" + DEFAULT_SECONDS)
  int seconds;

  // In an EAR each web module's application context starts: warm up once.
  private final AtomicBoolean started = new AtomicBoolean();

  /** Null while the warm-up runs (or after it failed); ready once set. */
  private volatile PipelineWarmUp.Result result;

  private volatile boolean failed;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (messages < 0 || seconds < 0) {
      throw new IllegalStateException(
          "tellerline.nlu.warm-up.messages and tellerline.nlu.warm-up.seconds must be 0 or more,"
              + " not "
              + messages
              + " and "
              + seconds);
    }
    if (!started.compareAndSet(false, true)) {
      return;
    }
    if (messages == 0 || seconds == 0) {
      result = NONE;
      return;
    }
    try {
      executor.execute(this::warmUp);
    } catch (RejectedExecutionException e) {
      // Serving cold is slower, not wrong: do not keep the instance out of service for it.
      LOG.warning("NLU warm-up not started (executor refused it); the first turns run cold");
      result = NONE;
    }
  }

  private void warmUp() {
    try {
      PipelineWarmUp.Result done =
          PipelineWarmUp.onBundledCorpus()
              .run(pipelines.current(), messages, Duration.ofSeconds(seconds));
      result = done;
      LOG.info(
          () ->
              "NLU warmed up on "
                  + done.messages()
                  + " messages in "
                  + done.took().toMillis()
                  + " ms"
                  + (done.budgetSpent() ? " (time budget spent)" : ""));
    } catch (RuntimeException e) {
      // The pipeline failed on its own training sentences: it would fail customers too.
      failed = true;
      LOG.log(Level.SEVERE, "NLU warm-up failed: the pipeline cannot analyse its own corpus", e);
    }
  }

  @Override
  public HealthCheckResponse details() {
    PipelineWarmUp.Result done = result;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("state", done != null ? "done" : failed ? "failed" : "running");
    if (done != null) {
      data.put("messages", (long) done.messages());
      data.put("millis", done.took().toMillis());
    }
    // The constructor, not the builder: the builder looks its provider up on every call.
    return new HealthCheckResponse(
        CHECK,
        done != null ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
        Optional.of(data));
  }
}
