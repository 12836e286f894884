package io.tellerline.training.application;

import java.time.Instant;
import java.util.Map;

/**
 * What a model card says besides the evaluation: the model, its data's lineage and its settings.
 *
 * @param rowsBySource rows of the dataset version per source (shipped corpus, reviewed turns, ...)
 * @param rowsByLanguage rows per language
 */
public record CardFacts(
    String modelVersion,
    String artifactSha256,
    String trainedBy,
    Instant trainedAt,
    double trainSeconds,
    int datasetNumber,
    String datasetContentSha256,
    String shippedCorpusSha256,
    int rowCount,
    Map<String, Long> rowsBySource,
    Map<String, Long> rowsByLanguage,
    String encoder,
    Map<String, String> settings) {}
