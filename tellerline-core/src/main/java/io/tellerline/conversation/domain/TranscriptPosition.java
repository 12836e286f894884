package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a conversation's transcript stands: how many messages it has (the next one's sequence
 * number) and whether the customer has written yet. Kept with the conversation so that a turn
 * appends without reading the transcript, whose cost would grow with every message (the
 * conversation's message collection is loaded only where the whole transcript is shown).
 */
@Embeddable
public class TranscriptPosition {

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Column(name = "customer_wrote", nullable = false)
  private boolean customerWrote;

  /** The sequence number of the message the author is adding. */
  int next(Author author) {
    messageCount++;
    customerWrote |= author == Author.CUSTOMER;
    return messageCount;
  }

  boolean customerWrote() {
    return customerWrote;
  }
}
