package io.tellerline.conversation.domain;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * One group of customers' conversations under one intent model version: a language, a channel or a
 * tenure (new or long-standing customer), never a sensitive attribute. Corrected turns are those a
 * member of staff relabelled: the only ground truth the bank has, so {@link #correctedRate()} is an
 * error rate among all turns, a lower bound (turns nobody reviewed count as right).
 */
public record FairnessRow(
    String modelVersion,
    String dimension,
    String group,
    long conversations,
    long customerTurns,
    long notUnderstoodTurns,
    long handedOver,
    long correctedTurns)
    implements Serializable {

  public OptionalDouble escalationRate() {
    return KpiFigures.ratio(handedOver, conversations);
  }

  public OptionalDouble notUnderstoodRate() {
    return KpiFigures.ratio(notUnderstoodTurns, customerTurns);
  }

  public OptionalDouble correctedRate() {
    return KpiFigures.ratio(Math.min(correctedTurns, customerTurns), customerTurns);
  }
}
