package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.ChatTelemetry;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.conversation.application.NluPipelineSwitch;
import io.tellerline.conversation.application.ShadowScoring;
import io.tellerline.nlu.MessageAnalysis;
import io.tellerline.nlu.TellerlineNlu;
import io.tellerline.platform.infrastructure.Traces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Loads the NLU pipeline once at start-up (model shipped in tellerline-nlu) and shares it; a
 * release switches its intent model without a restart. Each understood message is offered to the
 * candidate in shadow, if any, which scores it later on another thread.
 */
@ApplicationScoped
public class TellerlineNluUnderstanding implements MessageUnderstanding, NluPipelineSwitch {

  private static final Logger LOG = Logger.getLogger(TellerlineNluUnderstanding.class.getName());

  @Inject ChatTelemetry telemetry;
  @Inject Traces traces;
  @Inject ShadowScoring shadow;

  private volatile TellerlineNlu nlu;

  @PostConstruct
  void load() {
    long started = System.nanoTime();
    nlu = TellerlineNlu.loadBundled();
    LOG.info(
        () ->
            "NLU model "
                + nlu.modelVersion()
                + " loaded in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  /** Loads eagerly so that the first customer does not wait for it. */
  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
    nlu.modelVersion();
  }

  @Override
  public MessageAnalysis understand(String text, Locale profileLanguage) {
    long started = System.nanoTime();
    TellerlineNlu pipeline = nlu;
    MessageAnalysis analysis =
        traces.inSpan(
            "tellerline.nlu", () -> pipeline.analyse(text, profileLanguage.getLanguage()));
    telemetry.understood(System.nanoTime() - started);
    shadow.afterUnderstood(text, analysis);
    return analysis;
  }

  @Override
  public String trainingDataSha256() {
    return nlu.trainingDataSha256();
  }

  @Override
  public String modelVersion() {
    return nlu.modelVersion();
  }

  @Override
  public String frustrationModelVersion() {
    return nlu.frustrationModelVersion();
  }

  @Override
  public TellerlineNlu current() {
    return nlu;
  }

  @Override
  public void use(TellerlineNlu pipeline) {
    String before = nlu.modelVersion();
    nlu = pipeline;
    LOG.info(() -> "NLU intent model switched from " + before + " to " + pipeline.modelVersion());
  }

  @Override
  public float[] embed(String text) {
    return nlu.embed(text);
  }
}
