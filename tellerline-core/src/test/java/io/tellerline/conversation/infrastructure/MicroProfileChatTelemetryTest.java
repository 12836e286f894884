package io.tellerline.conversation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.ChatTelemetry.StepUpResult;
import io.tellerline.conversation.application.MessageUnderstanding;
import io.tellerline.conversation.domain.EscalationReason;
import io.tellerline.nlu.MessageAnalysis;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

/**
 * The MicroProfile adapter against a registry that remembers what was registered and counted: a
 * fixed set of series, all registered at start, each event on exactly its series.
 */
class MicroProfileChatTelemetryTest {

  private final FakeRegistry registry = new FakeRegistry();
  private final MicroProfileChatTelemetry telemetry = started();

  @Test
  void everySeriesExistsFromTheStartWithOnlyFixedTagValues() {
    Map<String, Long> series = registry.countersByName();
    assertEquals(6 * 3, series.get(MicroProfileChatTelemetry.TURNS), "outcomes × en, de, other");
    assertEquals(5, series.get(MicroProfileChatTelemetry.HANDOVERS));
    assertEquals(5, series.get(MicroProfileChatTelemetry.STEP_UPS));
    assertEquals(4, series.get(MicroProfileChatTelemetry.REFUSALS));
    assertEquals(
        Set.of(
            "outcome=answered",
            "outcome=not_understood",
            "outcome=handed_over",
            "outcome=step_up_required",
            "outcome=expired",
            "outcome=with_staff",
            "language=en",
            "language=de",
            "language=other",
            "reason=customer_asked",
            "reason=low_confidence",
            "reason=frustration",
            "reason=topic_needs_staff",
            "reason=verified_request",
            "result=required",
            "result=performed",
            "result=refused",
            "result=expired",
            "result=replayed",
            "limit=messages-per-minute",
            "limit=conversations-per-day",
            "limit=messages-per-conversation",
            "limit=open-event-streams"),
        registry.counterTagValues());
    assertTrue(registry.counts.values().stream().allMatch(count -> count == 0));
  }

  @Test
  void aTurnCountsOnItsOutcomeAndLanguageAndIsTimed() {
    telemetry.assistantTurn(Outcome.ANSWERED, Locale.ENGLISH, 12_000_000);
    telemetry.assistantTurn(Outcome.HANDED_OVER, Locale.GERMAN, 7_000_000);
    telemetry.assistantTurn(Outcome.ANSWERED, Locale.FRENCH, 3_000_000);
    telemetry.staffTurn(Locale.GERMAN, 1_000_000);

    assertEquals(
        Map.of(
            "tellerline_chat_turns_total{language=en,outcome=answered}", 1L,
            "tellerline_chat_turns_total{language=de,outcome=handed_over}", 1L,
            "tellerline_chat_turns_total{language=other,outcome=answered}", 1L,
            "tellerline_chat_turns_total{language=de,outcome=with_staff}", 1L),
        registry.nonZeroCounts());
    assertEquals(
        List.of(
            Duration.ofMillis(12),
            Duration.ofMillis(7),
            Duration.ofMillis(3),
            Duration.ofMillis(1)),
        registry.timed.get(MicroProfileChatTelemetry.TURN_TIME));
  }

  @Test
  void handOversStepUpsRefusalsAndTheNluCountOnTheirOwnSeries() {
    telemetry.handedOver(EscalationReason.FRUSTRATION);
    telemetry.stepUp(StepUpResult.REFUSED);
    telemetry.stepUp(StepUpResult.REFUSED);
    telemetry.refused("open-event-streams");
    telemetry.understood(5_000_000);

    assertEquals(
        Map.of(
            "tellerline_handovers_total{reason=frustration}", 1L,
            "tellerline_step_ups_total{result=refused}", 2L,
            "tellerline_rate_limit_refusals_total{limit=open-event-streams}", 1L),
        registry.nonZeroCounts());
    assertEquals(
        List.of(Duration.ofMillis(5)), registry.timed.get(MicroProfileChatTelemetry.NLU_TIME));
  }

  @Test
  void aLimitNotInTheFixedSetIsABugNotANewSeries() {
    assertThrows(IllegalArgumentException.class, () -> telemetry.refused("customer-42"));
    assertEquals(Map.of(), registry.nonZeroCounts());
  }

  @Test
  void theModelsInUseAreGaugesOfOneTaggedWithTheirVersions() {
    assertEquals(
        Map.of(
            "tellerline_model_info{model=intent,version=intent-v7}", 1,
            "tellerline_model_info{model=frustration,version=frustration-v3}", 1),
        registry.gaugeValues());
  }

  @Test
  void timersAreInNanosecondsSoPrometheusShowsSeconds() {
    assertEquals(
        Set.of(MetricUnits.NANOSECONDS),
        Set.copyOf(registry.timerUnits.values()),
        "Payara exports <name>_seconds for a time unit");
    assertEquals(
        Set.of(MicroProfileChatTelemetry.TURN_TIME, MicroProfileChatTelemetry.NLU_TIME),
        registry.timerUnits.keySet());
  }

  private MicroProfileChatTelemetry started() {
    MicroProfileChatTelemetry started = new MicroProfileChatTelemetry();
    started.registry = registry.proxy();
    started.understanding = models("intent-v7", "frustration-v3");
    started.register();
    return started;
  }

  private static MessageUnderstanding models(String intent, String frustration) {
    return new MessageUnderstanding() {
      @Override
      public MessageAnalysis understand(String text, Locale profileLanguage) {
        throw new UnsupportedOperationException();
      }

      @Override
      public String trainingDataSha256() {
        return "0".repeat(64);
      }

      @Override
      public String modelVersion() {
        return intent;
      }

      @Override
      public String frustrationModelVersion() {
        return frustration;
      }

      @Override
      public float[] embed(String text) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** Registers counters, timers and gauges by name and tags, as a real registry would. */
  private static final class FakeRegistry {
    final Map<String, Long> counts = new TreeMap<>();
    final Map<String, List<Duration>> timed = new HashMap<>();
    final Map<String, String> timerUnits = new HashMap<>();
    final Map<String, Supplier<?>> gauges = new HashMap<>();
    final List<Tag[]> counterTags = new ArrayList<>();

    MetricRegistry proxy() {
      return (MetricRegistry)
          Proxy.newProxyInstance(
              MetricRegistry.class.getClassLoader(),
              new Class<?>[] {MetricRegistry.class},
              (proxy, method, arguments) -> {
                Metadata metadata = (Metadata) arguments[0];
                switch (method.getName()) {
                  case "counter":
                    Tag[] tags = (Tag[]) arguments[1];
                    counterTags.add(tags);
                    return counter(id(metadata.getName(), tags));
                  case "timer":
                    timerUnits.put(metadata.getName(), metadata.getUnit());
                    return timer(metadata.getName());
                  case "gauge":
                    gauges.put(
                        id(metadata.getName(), (Tag[]) arguments[2]), (Supplier<?>) arguments[1]);
                    return null;
                  default:
                    throw new UnsupportedOperationException(method.toString());
                }
              });
    }

    private Counter counter(String id) {
      if (counts.putIfAbsent(id, 0L) != null) {
        throw new IllegalStateException("registered twice: " + id);
      }
      return (Counter)
          Proxy.newProxyInstance(
              Counter.class.getClassLoader(),
              new Class<?>[] {Counter.class},
              (proxy, method, arguments) -> {
                if (method.getName().equals("inc") && arguments == null) {
                  counts.merge(id, 1L, Long::sum);
                  return null;
                }
                throw new UnsupportedOperationException(method.toString());
              });
    }

    private Timer timer(String name) {
      timed.put(name, new ArrayList<>());
      return (Timer)
          Proxy.newProxyInstance(
              Timer.class.getClassLoader(),
              new Class<?>[] {Timer.class},
              (proxy, method, arguments) -> {
                if (method.getName().equals("update")) {
                  timed.get(name).add((Duration) arguments[0]);
                  return null;
                }
                if (method.getName().equals("getCount")) {
                  return (long) timed.get(name).size();
                }
                throw new UnsupportedOperationException(method.toString());
              });
    }

    private static String id(String name, Tag[] tags) {
      return name
          + List.of(tags).stream()
              .map(tag -> tag.getTagName() + "=" + tag.getTagValue())
              .sorted()
              .collect(Collectors.joining(",", "{", "}"));
    }

    Map<String, Long> countersByName() {
      return counts.keySet().stream()
          .collect(
              Collectors.groupingBy(id -> id.substring(0, id.indexOf('{')), Collectors.counting()));
    }

    Set<String> counterTagValues() {
      return counterTags.stream()
          .flatMap(java.util.Arrays::stream)
          .map(tag -> tag.getTagName() + "=" + tag.getTagValue())
          .collect(Collectors.toSet());
    }

    Map<String, Long> nonZeroCounts() {
      return counts.entrySet().stream()
          .filter(entry -> entry.getValue() > 0)
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, Object> gaugeValues() {
      return gauges.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }
  }
}
