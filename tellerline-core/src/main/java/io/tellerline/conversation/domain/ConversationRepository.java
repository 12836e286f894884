package io.tellerline.conversation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds conversations. */
public interface ConversationRepository {

  void add(Conversation conversation);

  Optional<Conversation> find(UUID id);

  /** The most recently active conversations, newest first. */
  List<Conversation> mostRecentlyActive(int limit);
}
