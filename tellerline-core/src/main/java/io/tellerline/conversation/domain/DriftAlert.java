package io.tellerline.conversation.domain;

import java.io.Serializable;
import java.time.Instant;

/** A drift alert as stored and shown on the dashboard's banner. */
public record DriftAlert(Instant raisedAt, DriftFinding finding) implements Serializable {}
