package io.tellerline.conversation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The KPI dashboard's and drift monitoring's reads and their few writes (port). */
public interface KpiStore {

  /** The KPIs per group and in total, in one query. */
  KpiTable figures(KpiPeriod period, KpiDimension dimension, int idleHours);

  /** Conversations handed over, per reason (the first hand-over's). */
  Map<String, Long> escalations(KpiPeriod period);

  /** Step-ups asked for in the period and those completed. */
  StepUpCounts stepUps(KpiPeriod period);

  List<FairnessRow> fairness(KpiPeriod period);

  List<DriftGroupFigures> driftFigures(Instant baselineFrom, Instant recentFrom, Instant to);

  /** True if this transaction now holds drift monitoring's lock (no other instance checks). */
  boolean lockDriftCheck();

  /** True if the same group's figure raised an alert since {@code since}. */
  boolean alertedSince(DriftFinding finding, Instant since);

  void addAlert(DriftFinding finding, Instant raisedAt);

  List<DriftAlert> alertsSince(Instant since);

  void addAcknowledgement(String finding, String reason, String by, Instant at);

  /** The findings acknowledged since {@code since}, newest first: who, when, why. */
  List<String> acknowledgementsSince(Instant since);
}
