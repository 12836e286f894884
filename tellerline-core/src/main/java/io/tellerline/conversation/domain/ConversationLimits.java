package io.tellerline.conversation.domain;

import io.tellerline.kernel.TextLimit;

/**
 * What people may type into a conversation, declared once: the services check the {@link
 * TextLimit}s at their boundary; the API's request classes use the numbers in {@code @Size}, the
 * console's forms in {@code maxlength} (through {@code f:importConstants}).
 */
public final class ConversationLimits {

  public static final int CUSTOMER_MESSAGE_MAX = 2000;
  public static final int STAFF_REPLY_MAX = 2000;
  public static final int NOTE_MAX = 4000;
  public static final int RATING_COMMENT_MAX = 500;
  public static final int RATING_MIN = 1;
  public static final int RATING_MAX = 5;

  /** Longer typed values are not searched for (no personal value is that long). */
  public static final int SEARCH_MAX = 200;

  public static final TextLimit CUSTOMER_MESSAGE = new TextLimit("text", 1, CUSTOMER_MESSAGE_MAX);
  public static final TextLimit STAFF_REPLY = new TextLimit("reply", 1, STAFF_REPLY_MAX);
  public static final TextLimit NOTE = new TextLimit("note", 1, NOTE_MAX);
  public static final TextLimit RATING_COMMENT = new TextLimit("comment", 0, RATING_COMMENT_MAX);

  private ConversationLimits() {}
}
