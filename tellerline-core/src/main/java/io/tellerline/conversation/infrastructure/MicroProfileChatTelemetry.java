package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.ChatTelemetry;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.conversation.domain.EscalationReason;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The chat's business metrics on {@code /metrics} (MicroProfile Metrics, application scope). Every
 * series is registered at start-up, so each one exists (at 0) before its first event and a rate can
 * be taken from the beginning; nothing is ever registered from a value seen at run time, so the set
 * of series is fixed ({@link ChatMetricTags}).
 */
@ApplicationScoped
public class MicroProfileChatTelemetry implements ChatTelemetry {

  static final String TURNS = "tellerline_chat_turns_total";
  static final String TURN_TIME = "tellerline_chat_turn";
  static final String NLU_TIME = "tellerline_nlu";
  static final String HANDOVERS = "tellerline_handovers_total";
  static final String STEP_UPS = "tellerline_step_ups_total";
  static final String REFUSALS = "tellerline_rate_limit_refusals_total";
  static final String MODEL_INFO = "tellerline_model_info";

  @Inject MetricRegistry registry;
  @Inject MessageUnderstanding understanding;

  private final Map<String, Map<String, Counter>> turns = new HashMap<>();
  private final Map<EscalationReason, Counter> handovers = new EnumMap<>(EscalationReason.class);
  private final Map<StepUpResult, Counter> stepUps = new EnumMap<>(StepUpResult.class);
  private final Map<String, Counter> refusals = new HashMap<>();
  private Timer turnTime;
  private Timer nluTime;

  @PostConstruct
  void register() {
    for (String outcome : ChatMetricTags.OUTCOMES) {
      Map<String, Counter> byLanguage = new HashMap<>();
      for (String language : ChatMetricTags.LANGUAGES) {
        byLanguage.put(
            language,
            registry.counter(
                described(TURNS, "Customer messages by what became of them and their language"),
                new Tag("outcome", outcome),
                new Tag("language", language)));
      }
      turns.put(outcome, byLanguage);
    }
    for (EscalationReason reason : EscalationReason.values()) {
      handovers.put(
          reason,
          registry.counter(
              described(HANDOVERS, "Conversations queued for staff, by reason"),
              new Tag("reason", ChatMetricTags.of(reason))));
    }
    for (StepUpResult result : StepUpResult.values()) {
      stepUps.put(
          result,
          registry.counter(
              described(STEP_UPS, "Step-ups of sensitive requests, by result"),
              new Tag("result", ChatMetricTags.of(result))));
    }
    for (String limit : ChatMetricTags.LIMITS) {
      refusals.put(
          limit,
          registry.counter(
              described(REFUSALS, "Requests refused by a usage limit (429), by limit"),
              new Tag("limit", limit)));
    }
    turnTime =
        registry.timer(
            timed(TURN_TIME, "Time of a chat turn in the server, from the message to its reply"));
    nluTime = registry.timer(timed(NLU_TIME, "Time the NLU takes to understand one message"));
    registerModels();
  }

  /** Registers everything at start-up (the bean is otherwise made at the first turn). */
  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
    turnTime.getCount();
  }

  private void registerModels() {
    for (Map.Entry<String, String> model :
        Map.of(
                "intent", understanding.modelVersion(),
                "frustration", understanding.frustrationModelVersion())
            .entrySet()) {
      registry.gauge(
          described(MODEL_INFO, "The NLU models in use: 1 for each model and version"),
          () -> 1,
          new Tag("model", model.getKey()),
          new Tag("version", model.getValue()));
    }
  }

  @Override
  public void assistantTurn(Outcome outcome, Locale language, long elapsedNanos) {
    turn(ChatMetricTags.of(outcome), language, elapsedNanos);
  }

  @Override
  public void staffTurn(Locale language, long elapsedNanos) {
    turn(ChatMetricTags.WITH_STAFF, language, elapsedNanos);
  }

  private void turn(String outcome, Locale language, long elapsedNanos) {
    turns.get(outcome).get(ChatMetricTags.of(language)).inc();
    turnTime.update(Duration.ofNanos(elapsedNanos));
  }

  @Override
  public void understood(long elapsedNanos) {
    nluTime.update(Duration.ofNanos(elapsedNanos));
  }

  @Override
  public void handedOver(EscalationReason reason) {
    handovers.get(reason).inc();
  }

  @Override
  public void stepUp(StepUpResult result) {
    stepUps.get(result).inc();
  }

  @Override
  public void refused(String limit) {
    Counter counter = refusals.get(limit);
    if (counter == null) {
      throw new IllegalArgumentException("not a usage limit of " + ChatMetricTags.LIMITS);
    }
    counter.inc();
  }

  private static Metadata described(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }

  /** A timer in nanoseconds: Prometheus shows it in seconds, as {@code <name>_seconds}. */
  private static Metadata timed(String name, String description) {
    return Metadata.builder()
        .withName(name)
        .withDescription(description)
        .withUnit(MetricUnits.NANOSECONDS)
        .build();
  }
}
