package io.tellerline.nlu;

/** One candidate intent and the model's probability for it. */
public record ScoredIntent(String intent, double score) {}
