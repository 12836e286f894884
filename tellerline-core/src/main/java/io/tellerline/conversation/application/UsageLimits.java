package io.tellerline.conversation.application;

import io.tellerline.conversation.domain.UsageCounters;
import io.tellerline.conversation.domain.UsageLimit;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.TooManyRequestsException;
import io.tellerline.platform.BoundedConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What one customer may use, whichever instance serves them (counted in the database): messages a
 * minute, conversations a day, messages in one conversation and event streams open at once. Each
 * turn runs the NLU and writes an audit event, and each stream holds a connection, so one login
 * must not be able to use them without bound. A limit reached answers 429 with the time to wait.
 *
 * <p>A count is kept at once, outside the caller's transaction, so that the counter's row is locked
 * only for the moment of counting: inside the transaction it stayed locked through the whole turn
 * (the NLU included), and one customer's concurrent requests, on any instance, waited for each
 * other (BENCHMARKS.md, "Load harness": most of the database's waits under load). A request this
 * limit refuses counts nothing; one that fails later (the database fails over mid-turn) has used
 * the server and stays counted, as rate limits count attempts.
 */
@Stateless
public class UsageLimits {

  /** How long a stream's lease outlives the stream's own maximum age, if nobody closes it. */
  static final Duration STREAM_LEASE = Duration.ofMinutes(6);

  @Inject UsageCounters counters;
  @Inject Clock clock;

  static final String MESSAGES_PER_MINUTE = "messages-per-minute";
  static final String CONVERSATIONS_PER_DAY = "conversations-per-day";
  static final String MESSAGES_PER_CONVERSATION = "messages-per-conversation";
  static final String OPEN_EVENT_STREAMS = "open-event-streams";

  /** The limits' names, as in their configuration keys (and the refusals' metric tags). */
  public static final List<String> NAMES =
      List.of(
          MESSAGES_PER_MINUTE,
          CONVERSATIONS_PER_DAY,
          MESSAGES_PER_CONVERSATION,
          OPEN_EVENT_STREAMS);

  @Inject ChatTelemetry telemetry;

  /** Far above any sensible limit: a typo with three zeros too many is caught at start-up. */
  private static final int MOST = 1_000_000;

  int openEventStreams;
  private UsageLimit perMinute;
  private UsageLimit perDay;
  private UsageLimit perConversation;

  // Not an overload of limitsFrom: Payara finds a lifecycle callback by its name alone.
  @PostConstruct
  void readConfiguration() {
    limitsFrom(BoundedConfig.of(ConfigProvider.getConfig()));
  }

  /**
   * The limits as configured, each at least 1 (0 would refuse every customer).
   *
   * @throws IllegalStateException naming the key of a malformed or out-of-bounds limit
   */
  void limitsFrom(BoundedConfig config) {
    perMinute =
        new UsageLimit(
            MESSAGES_PER_MINUTE,
            config.number("tellerline.limits." + MESSAGES_PER_MINUTE, 20, 1, MOST),
            Duration.ofMinutes(1));
    perDay =
        new UsageLimit(
            CONVERSATIONS_PER_DAY,
            config.number("tellerline.limits." + CONVERSATIONS_PER_DAY, 30, 1, MOST),
            Duration.ofDays(1));
    perConversation =
        new UsageLimit(
            MESSAGES_PER_CONVERSATION,
            config.number("tellerline.limits." + MESSAGES_PER_CONVERSATION, 200, 1, MOST),
            UsageLimit.FOREVER);
    openEventStreams = config.number("tellerline.limits." + OPEN_EVENT_STREAMS, 3, 1, MOST);
  }

  /** One more message of the customer in the conversation, or 429 (and neither is counted). */
  public void message(CustomerId customer, UUID conversation) {
    Instant now = clock.instant();
    String subject = customer.value().toString();
    spend(perMinute, subject, now, "limits.messages_per_minute");
    try {
      spend(perConversation, conversation.toString(), now, "limits.messages_per_conversation");
    } catch (TooManyRequestsException refused) {
      counters.giveBack(perMinute, subject, now);
      throw refused;
    }
  }

  /** One more conversation of the customer today, or 429. */
  public void conversation(CustomerId customer) {
    spend(perDay, customer.value().toString(), clock.instant(), "limits.conversations_per_day");
  }

  /** A lease for one more open event stream of the customer, or 429. */
  public UUID openStream(CustomerId customer) {
    Instant now = clock.instant();
    UUID lease = UUID.randomUUID();
    if (!counters.openStream(
        lease, customer.value(), openEventStreams, now, now.plus(STREAM_LEASE))) {
      telemetry.refused(OPEN_EVENT_STREAMS);
      throw new TooManyRequestsException(
          "too-many-event-streams",
          "limits.open_event_streams",
          Duration.ofSeconds(30),
          openEventStreams);
    }
    return lease;
  }

  /** The stream of this lease has ended (its own transaction when called from a stream thread). */
  public void closeStream(UUID lease) {
    counters.closeStream(lease);
  }

  private void spend(UsageLimit limit, String subject, Instant now, String messageKey) {
    if (!counters.spendOne(limit, subject, now)) {
      telemetry.refused(limit.name());
      throw new TooManyRequestsException(
          "too-many-requests", messageKey, limit.untilNextWindow(now), limit.allowed());
    }
  }
}
