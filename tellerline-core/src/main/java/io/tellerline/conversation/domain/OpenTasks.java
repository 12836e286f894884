package io.tellerline.conversation.domain;

import java.util.Optional;
import java.util.UUID;

/** The open multi-turn tasks, one per conversation at most. */
public interface OpenTasks {

  Optional<OpenTask> of(UUID conversationId);

  void add(OpenTask task);

  void remove(OpenTask task);
}
