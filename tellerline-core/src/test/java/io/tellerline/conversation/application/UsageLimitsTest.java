package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.UsageCounters;
import io.tellerline.conversation.domain.UsageLimit;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.TooManyRequestsException;
import io.tellerline.platform.BoundedConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsageLimitsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:20Z");
  private final CustomerId alice = new CustomerId(UUID.randomUUID());
  private final SharedCounters database = new SharedCounters();
  private final RecordingTelemetry telemetry = new RecordingTelemetry();

  /** Counters as the database keeps them: one store, whichever instance counts. */
  private static final class SharedCounters implements UsageCounters {
    final Map<String, Integer> counts = new HashMap<>();
    final Map<UUID, UUID> leases = new HashMap<>();

    @Override
    public synchronized boolean spendOne(UsageLimit limit, String subject, Instant now) {
      String key = limit.name() + subject + limit.windowStart(now);
      if (counts.getOrDefault(key, 0) >= limit.allowed()) {
        return false;
      }
      counts.merge(key, 1, Integer::sum);
      return true;
    }

    @Override
    public synchronized void giveBack(UsageLimit limit, String subject, Instant now) {
      counts.computeIfPresent(limit.name() + subject + limit.windowStart(now), (k, n) -> n - 1);
    }

    @Override
    public synchronized boolean openStream(
        UUID lease, UUID customer, int max, Instant now, Instant expiresAt) {
      if (leases.values().stream().filter(customer::equals).count() >= max) {
        return false;
      }
      leases.put(lease, customer);
      return true;
    }

    @Override
    public synchronized void closeStream(UUID lease) {
      leases.remove(lease);
    }
  }

  private UsageLimits instance() {
    UsageLimits limits = new UsageLimits();
    limits.counters = database;
    limits.telemetry = telemetry;
    limits.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    limits.limitsFrom(
        configured(
            Map.of(
                "tellerline.limits.messages-per-minute", "3",
                "tellerline.limits.conversations-per-day", "2",
                "tellerline.limits.messages-per-conversation", "5",
                "tellerline.limits.open-event-streams", "2")));
    return limits;
  }

  private static BoundedConfig configured(Map<String, String> values) {
    return new BoundedConfig(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void aLimitOfZeroOrNoNumberStopsTheStartWithItsKeyNamed() {
    assertEquals(
        "configuration tellerline.limits.open-event-streams must be from 1 to 1000000, not 0",
        refusal("tellerline.limits.open-event-streams", "0"));
    assertEquals(
        "configuration tellerline.limits.messages-per-minute must be a whole number, not \"2O\"",
        refusal("tellerline.limits.messages-per-minute", "2O"));
  }

  private static String refusal(String key, String value) {
    UsageLimits limits = new UsageLimits();
    return assertThrows(
            IllegalStateException.class, () -> limits.limitsFrom(configured(Map.of(key, value))))
        .getMessage();
  }

  @Test
  void unconfiguredLimitsHaveTheirDefaults() {
    UsageLimits limits = new UsageLimits();
    limits.limitsFrom(configured(Map.of()));
    assertEquals(3, limits.openEventStreams);
  }

  @Test
  void messagesAMinuteAreCountedAcrossInstancesAndTheRefusalSaysWhenToRetry() {
    UsageLimits first = instance();
    UsageLimits second = instance();
    UUID conversation = UUID.randomUUID();
    first.message(alice, conversation);
    second.message(alice, conversation);
    first.message(alice, conversation);

    TooManyRequestsException refused =
        assertThrows(TooManyRequestsException.class, () -> second.message(alice, conversation));
    assertEquals(FailureKind.TOO_MANY_REQUESTS, refused.kind());
    assertEquals(Duration.ofSeconds(40), refused.retryAfter(), "until the next minute");
    assertEquals(List.of("refused messages-per-minute"), telemetry.reported);
  }

  @Test
  void conversationsADayAndStreamsAtOnceAreLimited() {
    UsageLimits limits = instance();
    limits.conversation(alice);
    instance().conversation(alice);
    assertThrows(TooManyRequestsException.class, () -> limits.conversation(alice));

    UUID one = limits.openStream(alice);
    instance().openStream(alice);
    assertThrows(TooManyRequestsException.class, () -> limits.openStream(alice));
    limits.closeStream(one);
    instance().openStream(alice);
    assertEquals(
        List.of("refused conversations-per-day", "refused open-event-streams"),
        telemetry.reported,
        "each refusal counted once, under its limit's name");
  }

  @Test
  void aConversationHoldsALimitedNumberOfMessages() {
    UsageLimits limits = instance();
    UUID conversation = UUID.randomUUID();
    String minute = "messages-per-minute" + alice.value() + Instant.parse("2026-12-06T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      database.counts.remove(minute); // as if each message came in another minute
      limits.message(alice, conversation);
    }
    database.counts.remove(minute);
    assertThrows(TooManyRequestsException.class, () -> limits.message(alice, conversation));
    assertEquals(List.of("refused messages-per-conversation"), telemetry.reported);
    assertEquals(0, database.counts.get(minute), "the refused message took no minute's allowance");
  }

  @Test
  void refusedMessagesDoNotUseUpTheAllowance() {
    UsageLimits limits = instance();
    UUID conversation = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      limits.message(alice, conversation);
    }
    for (int i = 0; i < 10; i++) {
      assertThrows(TooManyRequestsException.class, () -> limits.message(alice, conversation));
    }
    String minute = "messages-per-minute" + alice.value() + Instant.parse("2026-12-06T10:00:00Z");
    assertEquals(3, database.counts.get(minute), "the allowance, not the attempts");
    assertEquals(
        3,
        database.counts.get("messages-per-conversation" + conversation + Instant.EPOCH),
        "a message refused by the minute's limit is not counted in the conversation");
  }

  @Test
  void everyLimitIsNamedAsInItsConfigurationKey() {
    assertEquals(4, UsageLimits.NAMES.size());
    for (String name : UsageLimits.NAMES) {
      String key = "tellerline.limits." + name;
      assertTrue(refusal(key, "0").startsWith("configuration " + key + " must"), key);
    }
  }

  @Test
  void windowsAreAlignedAndAtLeastOneSecondIsAskedToWait() {
    UsageLimit minute = new UsageLimit("m", 1, Duration.ofMinutes(1));
    assertEquals(Instant.parse("2026-12-06T10:00:00Z"), minute.windowStart(NOW));
    assertEquals(Duration.ofSeconds(40), minute.untilNextWindow(NOW));
    assertEquals(Instant.EPOCH, new UsageLimit("c", 1, UsageLimit.FOREVER).windowStart(NOW));
    assertEquals(
        Duration.ofSeconds(1),
        new TooManyRequestsException("t", "limits.messages_per_minute", Duration.ZERO, 1)
            .retryAfter());
  }
}
