package io.tellerline.insight.bench;

import io.tellerline.insight.domain.InsightKind;
import java.time.LocalDate;

/**
 * What the generator planted (or, for a low balance, what its simulated future shows): the kind,
 * the merchant and the day it concerns. Kept apart from the history the detectors read.
 */
record Label(InsightKind kind, String merchant, LocalDate day) {}
