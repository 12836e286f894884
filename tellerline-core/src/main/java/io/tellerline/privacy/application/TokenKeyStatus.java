package io.tellerline.privacy.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One version of the tokenization keys as the compliance page shows it.
 *
 * @param held whether this instance's keystore holds it (and it is not destroyed)
 * @param active whether new tokens are made under it
 * @param tokens live tokens of kept values under it (masked ones do not count)
 */
public record TokenKeyStatus(
    int version,
    boolean held,
    boolean active,
    long tokens,
    Instant rotationStartedAt,
    Instant rotationCompletedAt,
    Instant destroyedAt)
    implements Serializable {}
