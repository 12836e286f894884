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

  /** Every correction with the customer who wrote the message, oldest first (the export). */
  List<CustomersCorrection> corrections();
}
