package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds conversations. */
public interface ConversationRepository {

  void add(Conversation conversation);

  Optional<Conversation> find(UUID id);

  /** The most recently active conversations, newest first. */
  List<Conversation> mostRecentlyActive(int limit);

  /**
   * The most recently active of those waiting for staff or served by {@code staff}, newest first.
   */
  List<Conversation> mostRecentlyActiveFor(String staff, int limit);

  /**
   * Conversations with a message containing any of {@code compactTexts} once spaces, dots, slashes
   * and dashes are removed from the message, most recently active first. (One value has a token per
   * live tokenization key version during a rotation.)
   */
  List<Conversation> mentioning(List<String> compactTexts, int limit);

  /** One message by its id. */
  Optional<Message> message(UUID id);

  /** Conversations waiting for or served by staff, longest waiting first. */
  List<Conversation> staffQueue(int limit);

  /** How many conversations wait for staff and since when the longest-waiting one waits. */
  StaffQueueLoad staffQueueLoad();

  /** 1 for the conversation that has waited longest for staff; counts only waiting ones. */
  int queuePosition(Conversation conversation);

  /** Every message of the customer's conversations (for erasure). */
  List<Message> messagesOf(CustomerId customer);

  /** The conversation's messages after the one with this sequence number, in order. */
  List<Message> messagesAfter(Conversation conversation, int sequence);
}
