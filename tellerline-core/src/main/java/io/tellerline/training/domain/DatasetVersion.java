package io.tellerline.training.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A frozen training set: the shipped corpus (named by its hash) plus the rows added to it. {@code
 * contentSha256} is the SHA-256 over every row of {@link TrainingDatasets#rowsOf} in order (see
 * {@link DatasetContentHash}), so a model card's hash can be recomputed by anyone with the rows.
 */
public record DatasetVersion(
    UUID id,
    int number,
    String contentSha256,
    int rowCount,
    String shippedCorpusSha256,
    String createdBy,
    Instant createdAt,
    String note)
    implements Serializable {}
