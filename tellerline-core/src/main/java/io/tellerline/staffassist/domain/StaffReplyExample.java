package io.tellerline.staffassist.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An earlier staff reply and the customer message it answered (the last one before it).
 *
 * @param template the reply with personal data as placeholders ({@link ReplyTemplate#of})
 * @param customerText the customer's message, masked
 */
public record StaffReplyExample(
    UUID replyId, String language, String template, String customerText, Instant sentAt) {}
