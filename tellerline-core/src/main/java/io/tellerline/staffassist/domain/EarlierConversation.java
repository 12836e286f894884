package io.tellerline.staffassist.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Another conversation of the same customer, as the side panel lists it (no text). */
public record EarlierConversation(
    UUID id, Instant startedAt, String status, String escalationReason, String lastIntent)
    implements Serializable {}
