package io.tellerline.conversation.infrastructure;

import static io.tellerline.platform.persistence.SqlRows.at;

import io.tellerline.conversation.domain.DriftAlert;
import io.tellerline.conversation.domain.DriftFigure;
import io.tellerline.conversation.domain.DriftFinding;
import io.tellerline.conversation.domain.DriftGroupFigures;
import io.tellerline.conversation.domain.FairnessRow;
import io.tellerline.conversation.domain.KpiDimension;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.conversation.domain.KpiPeriod;
import io.tellerline.conversation.domain.KpiStore;
import io.tellerline.conversation.domain.KpiTable;
import io.tellerline.conversation.domain.StepUpCounts;
import io.tellerline.platform.persistence.SqlRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/** The KPI queries of {@code kpi-dashboard.sql} and the drift and fairness records. */
@ApplicationScoped
public class JdbcKpiStore implements KpiStore {

  /** Key of the transaction-level advisory lock that lets one instance check drift at a time. */
  static final long DRIFT_LOCK = 0x4b50_4944_5249_4654L;

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public KpiTable figures(KpiPeriod period, KpiDimension dimension, int idleHours) {
    List<KpiFigures> groups = new ArrayList<>();
    Optional<KpiFigures> total = Optional.empty();
    for (Object[] row :
        rows(
            query("summary").setParameter(3, dimension.parameter()).setParameter(4, idleHours),
            period)) {
      KpiFigures figures = figures(row);
      if (Boolean.TRUE.equals(row[1])) {
        // An empty period still has its total row (the grand total of nothing): not a total.
        total = figures.conversations() == 0 ? Optional.empty() : Optional.of(figures);
      } else {
        groups.add(figures);
      }
    }
    return new KpiTable(groups, total);
  }

  private static KpiFigures figures(Object[] r) {
    return new KpiFigures(
        (String) r[0],
        count(r[2]),
        count(r[3]),
        count(r[4]),
        seconds(r[5]),
        seconds(r[6]),
        seconds(r[7]),
        seconds(r[8]),
        count(r[9]),
        count(r[10]),
        count(r[11]),
        count(r[12]),
        seconds(r[13]),
        count(r[14]),
        count(r[15]),
        seconds(r[16]),
        List.of(count(r[17]), count(r[18]), count(r[19]), count(r[20]), count(r[21])));
  }

  @Override
  public Map<String, Long> escalations(KpiPeriod period) {
    Map<String, Long> reasons = new LinkedHashMap<>();
    for (Object[] r : rows(query("escalations"), period)) {
      reasons.put(r[0] == null ? "(unknown)" : (String) r[0], count(r[1]));
    }
    return reasons;
  }

  @Override
  public StepUpCounts stepUps(KpiPeriod period) {
    Object[] r = rows(query("step_ups"), period).get(0);
    return new StepUpCounts(count(r[0]), count(r[1]));
  }

  @Override
  public List<FairnessRow> fairness(KpiPeriod period) {
    return rows(query("fairness"), period).stream()
        .map(
            r ->
                new FairnessRow(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    count(r[3]),
                    count(r[4]),
                    count(r[5]),
                    count(r[6]),
                    count(r[7])))
        .toList();
  }

  @Override
  public List<DriftGroupFigures> driftFigures(
      Instant baselineFrom, Instant recentFrom, Instant to) {
    Query query =
        query("drift")
            .setParameter(2, at(to))
            .setParameter(5, at(baselineFrom))
            .setParameter(6, at(recentFrom));
    return SqlRows.rows(query).stream()
        .map(
            r ->
                new DriftGroupFigures(
                    (String) r[0],
                    (String) r[1],
                    Boolean.TRUE.equals(r[2]),
                    count(r[3]),
                    count(r[4]),
                    ((Number) r[5]).doubleValue(),
                    count(r[6]),
                    count(r[7]),
                    count(r[8])))
        .toList();
  }

  @Override
  public boolean lockDriftCheck() {
    Object locked =
        entityManager
            .createNativeQuery(
                "select case when pg_try_advisory_xact_lock(" + DRIFT_LOCK + ") then 1 else 0 end")
            .getSingleResult();
    return ((Number) locked).intValue() == 1;
  }

  @Override
  public boolean alertedSince(DriftFinding finding, Instant since) {
    return !entityManager
        .createNativeQuery(
            "select 1 from drift_alert where dimension = ?1 and group_value = ?2 and figure = ?3"
                + " and raised_at >= ?4")
        .setParameter(1, finding.dimension())
        .setParameter(2, finding.group())
        .setParameter(3, finding.figure().name())
        .setParameter(4, at(since))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void addAlert(DriftFinding finding, Instant raisedAt) {
    entityManager
        .createNativeQuery(
            "insert into drift_alert (id, raised_at, dimension, group_value, figure,"
                + " baseline_value, recent_value, baseline_turns, recent_turns, threshold)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, at(raisedAt))
        .setParameter(3, finding.dimension())
        .setParameter(4, finding.group())
        .setParameter(5, finding.figure().name())
        .setParameter(6, finding.baselineValue())
        .setParameter(7, finding.recentValue())
        .setParameter(8, finding.baselineTurns())
        .setParameter(9, finding.recentTurns())
        .setParameter(10, finding.threshold())
        .executeUpdate();
  }

  @Override
  public List<DriftAlert> alertsSince(Instant since) {
    Query query =
        entityManager
            .createNativeQuery(
                "select raised_at, dimension, group_value, figure, baseline_value, recent_value,"
                    + " baseline_turns, recent_turns, threshold from drift_alert"
                    + " where raised_at >= ?1 order by raised_at desc, dimension, group_value")
            .setParameter(1, at(since))
            .setMaxResults(100);
    return SqlRows.rows(query).stream()
        .map(
            r ->
                new DriftAlert(
                    SqlRows.instant(r[0]),
                    new DriftFinding(
                        (String) r[1],
                        (String) r[2],
                        DriftFigure.valueOf((String) r[3]),
                        ((Number) r[4]).doubleValue(),
                        ((Number) r[5]).doubleValue(),
                        count(r[6]),
                        count(r[7]),
                        ((Number) r[8]).doubleValue())))
        .toList();
  }

  @Override
  public void addAcknowledgement(String finding, String reason, String by, Instant at) {
    entityManager
        .createNativeQuery(
            "insert into fairness_acknowledgement (id, acknowledged_at, acknowledged_by, finding,"
                + " reason) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, at(at))
        .setParameter(3, by)
        .setParameter(4, finding)
        .setParameter(5, reason)
        .executeUpdate();
  }

  @Override
  public List<String> acknowledgementsSince(Instant since) {
    Query query =
        entityManager
            .createNativeQuery(
                "select acknowledged_at, acknowledged_by, finding, reason"
                    + " from fairness_acknowledgement where acknowledged_at >= ?1"
                    + " order by acknowledged_at desc")
            .setParameter(1, at(since))
            .setMaxResults(50);
    return SqlRows.rows(query).stream()
        .map(r -> SqlRows.instant(r[0]) + " " + r[1] + ": " + r[2] + " — " + r[3])
        .toList();
  }

  private Query query(String name) {
    return entityManager.createNativeQuery(KpiQueries.positional(name));
  }

  private static List<Object[]> rows(Query query, KpiPeriod period) {
    return SqlRows.rows(query.setParameter(1, at(period.from())).setParameter(2, at(period.to())));
  }

  private static long count(Object column) {
    return column == null ? 0 : ((Number) column).longValue();
  }

  private static OptionalDouble seconds(Object column) {
    return column == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) column).doubleValue());
  }
}
