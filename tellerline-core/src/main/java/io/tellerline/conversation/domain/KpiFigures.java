package io.tellerline.conversation.domain;

import io.tellerline.kernel.SerializedRecord;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The KPIs of one group of conversations (a day, a week, a language, a channel, an intent or all),
 * as counted by the dashboard's query, with the rates derived from the counts. Definitions and
 * formulas: compliance-docs/kpi-definitions.md. A rate of nothing (no denominator) is empty, never
 * 0, so "no data" is not read as "0 %".
 *
 * @param csatCounts how many ratings of 1, 2, 3, 4 and 5 (in that order)
 */
public record KpiFigures(
    String bucket,
    long conversations,
    long customerTurns,
    long notUnderstoodTurns,
    OptionalDouble assistantFirstResponseSeconds,
    OptionalDouble staffFirstResponseSeconds,
    OptionalDouble assistantResolutionSeconds,
    OptionalDouble staffResolutionSeconds,
    long selfServed,
    long ended,
    long handedOver,
    long abandoned,
    OptionalDouble handoverWaitSeconds,
    long closed,
    long rated,
    OptionalDouble csatMean,
    List<Long> csatCounts)
    implements Serializable {

  /** Optional is not serializable: see {@link SerializedRecord}. */
  @Serial
  private Object writeReplace() {
    return SerializedRecord.of(this);
  }

  public KpiFigures {
    if (csatCounts.size() != 5) {
      throw new IllegalArgumentException("one count per rating 1 to 5");
    }
    csatCounts = List.copyOf(csatCounts);
  }

  /** Self-served conversations among those that ended. */
  public OptionalDouble selfServiceRate() {
    return ratio(selfServed, ended);
  }

  /** Conversations handed over to staff among all. */
  public OptionalDouble escalationRate() {
    return ratio(handedOver, conversations);
  }

  /** Handed-over conversations that ended before staff took them, among those handed over. */
  public OptionalDouble abandonmentRate() {
    return ratio(abandoned, handedOver);
  }

  /** Customer messages the assistant did not understand, among those it classified. */
  public OptionalDouble notUnderstoodRate() {
    return ratio(notUnderstoodTurns, customerTurns);
  }

  /** Closed conversations the customer rated, among those closed. */
  public OptionalDouble csatResponseRate() {
    return ratio(rated, closed);
  }

  /** {@code part / whole}, or empty when the whole is 0. */
  public static OptionalDouble ratio(long part, long whole) {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("a part must be within its whole: " + part + "/" + whole);
    }
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
