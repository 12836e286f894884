package io.tellerline.staffassist.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Earlier staff replies, as examples for suggestions. */
public interface StaffReplies {

  /** Up to {@code limit} replies sent after {@code since}, oldest first. */
  List<StaffReplyExample> sentAfter(Instant since, int limit);

  /** Those of {@code replyIds} still stored (retention deletes old conversations). */
  Set<UUID> stillStored(Collection<UUID> replyIds);
}
