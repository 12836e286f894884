package io.tellerline.conversation.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What staff add to conversations: notes, and intent corrections for retraining. */
public interface StaffRecords {

  void add(ConversationNote note);

  List<ConversationNote> notesOf(UUID conversationId);

  void add(IntentCorrection correction);

  Optional<IntentCorrection> correctionOf(UUID messageId);

  /** Every correction, oldest first (the training export). */
  List<IntentCorrection> corrections();
}
