package io.tellerline.privacy.domain;

import io.tellerline.kernel.CustomerId;
import java.io.Serializable;
import java.time.Instant;

/** What an erasure did; holds no personal data (the reason is tokenized). */
public record Erasure(
    CustomerId customer,
    Instant erasedAt,
    String erasedBy,
    String reason,
    int keysDestroyed,
    int messagesRedacted,
    int valuesRedacted)
    implements Serializable {}
