package io.tellerline.privacy.application;

import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import io.tellerline.platform.application.DeploymentConfiguration;
import io.tellerline.privacy.domain.RetentionPolicy;
import io.tellerline.privacy.domain.RetentionRun;
import io.tellerline.privacy.domain.RetentionSchedule;
import io.tellerline.privacy.domain.RetentionStore;
import io.tellerline.privacy.domain.RetentionStore.Purge;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention: deletes each class of data once it is older than its configured period, and tells
 * compliance what a run would delete (a dry run). The timer of every instance calls {@link
 * #runScheduled()}; the store lets exactly one of them work. Each run, and each dry run, is
 * recorded with its counts and audited ({@code RETENTION_RUN}).
 *
 * <p>No transaction of its own: the store commits batch by batch, and {@link RetentionRecorder}
 * records the outcome in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionService {

  static final String SYSTEM = "system";

  @Inject RetentionStore store;
  @Inject RetentionPolicy policy;
  @Inject RetentionRecorder recorder;
  @Inject DeploymentConfiguration deployment;
  @Inject Clock clock;

  /**
   * The timer's run, as of now; empty when retention is disabled or another instance is running it.
   */
  @PermitAll
  public Optional<RetentionRun> runScheduled() {
    if (!policy.enabled()) {
      return Optional.empty();
    }
    return purge(clock.instant(), SYSTEM);
  }

  /**
   * A run started by a compliance officer or admin (e.g. after changing a period). In development
   * it may be run as of another moment, to show what happens when time has passed.
   *
   * @return empty when another instance is running retention right now
   * @throws RetentionClockRefusedException for another moment than now in production
   */
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
  public Optional<RetentionRun> runNow(Caller officer, Optional<Instant> asOf) {
    return purge(moment(asOf), officer.username());
  }

  /**
   * What a run would delete now (or, in development, at another moment), deleting nothing.
   *
   * @throws RetentionClockRefusedException for another moment than now in production
   */
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
  public RetentionRun dryRun(Caller officer, Optional<Instant> asOf) {
    Instant started = clock.instant();
    Instant at = moment(asOf);
    RetentionRun run =
        new RetentionRun(
            UUID.randomUUID(),
            started,
            clock.instant(),
            at,
            true,
            officer.username(),
            store.countDue(policy.schedule().cutoffs(at)),
            true);
    recorder.record(run);
    return run;
  }

  /** The latest runs and dry runs, newest first. */
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
  public List<RetentionRun> latestRuns() {
    return store.latest(20);
  }

  /** The configured periods. */
  @RolesAllowed({Role.COMPLIANCE_OFFICER, Role.ADMIN})
  public RetentionSchedule schedule() {
    return policy.schedule();
  }

  /** Whether runs and dry runs may be as of another moment (not in production). */
  @PermitAll
  public boolean clockMayMove() {
    return !deployment.settings().production();
  }

  private Optional<RetentionRun> purge(Instant asOf, String startedBy) {
    Instant started = clock.instant();
    Optional<Purge> purged =
        store.purge(
            policy.schedule().cutoffs(asOf),
            policy.batchSize(),
            started.plus(policy.maxDuration()));
    return purged.map(
        purge -> {
          RetentionRun run =
              new RetentionRun(
                  UUID.randomUUID(),
                  started,
                  clock.instant(),
                  asOf,
                  false,
                  startedBy,
                  purge.counts(),
                  purge.complete());
          recorder.record(run);
          return run;
        });
  }

  private Instant moment(Optional<Instant> asOf) {
    Instant now = clock.instant();
    if (asOf.isEmpty() || asOf.get().equals(now)) {
      return now;
    }
    if (!clockMayMove()) {
      throw new RetentionClockRefusedException();
    }
    return asOf.get();
  }
}
