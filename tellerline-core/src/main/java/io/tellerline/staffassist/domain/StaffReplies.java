package io.tellerline.staffassist.domain;

import java.time.Instant;
import java.util.List;

/** Earlier staff replies, as examples for suggestions. */
public interface StaffReplies {

  /** Up to {@code limit} replies sent after {@code since}, oldest first. */
  List<StaffReplyExample> sentAfter(Instant since, int limit);
}
