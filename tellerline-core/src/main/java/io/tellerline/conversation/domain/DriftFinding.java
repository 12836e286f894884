package io.tellerline.conversation.domain;

import java.io.Serializable;

/**
 * A figure of a group that moved beyond its threshold: what a drift alert says (aggregates only).
 */
public record DriftFinding(
    String dimension,
    String group,
    DriftFigure figure,
    double baselineValue,
    double recentValue,
    long baselineTurns,
    long recentTurns,
    double threshold)
    implements Serializable {}
