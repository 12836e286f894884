package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.audit.application.RecordingAudit;
import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.conversation.domain.DataExport;
import io.tellerline.conversation.domain.DataExports;
import io.tellerline.identity.domain.AuthenticationLevel;
import io.tellerline.identity.domain.AuthenticationRequirement;
import io.tellerline.identity.domain.PolicyDecision;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Fake;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataExportLedgerTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final CustomerId ALICE = new CustomerId(UUID.randomUUID());

  private final List<AuditEvent> audited = new ArrayList<>();
  private final List<DataExport> added = new ArrayList<>();

  @Test
  void anExportIsRecordedAndAuditedWhenNoneOfHersIsRunning() {
    DataExport export = ledger(Optional.empty(), true).open(ALICE, caller(), decision());

    assertEquals(List.of(export), added);
    assertEquals(DataExport.Status.RUNNING, export.status());
    assertEquals(List.of("DATA_EXPORT_REQUESTED"), audited.stream().map(AuditEvent::type).toList());
  }

  @Test
  void oneOfHersStillRunningIsABusinessConflict() {
    DataExport running = DataExport.requested(ALICE, NOW.minus(Duration.ofMinutes(1)));

    assertRunningConflict(ledger(Optional.of(running), true));
    assertEquals(List.of(), added);
  }

  @Test
  void losingToASimultaneousRequestOfHersIsTheSameConflict() {
    // Neither request saw a running export; the database let the other one's insert through.
    assertRunningConflict(ledger(Optional.empty(), false));
  }

  private void assertRunningConflict(DataExportLedger ledger) {
    DataExportStateException conflict =
        assertThrows(
            DataExportStateException.class, () -> ledger.open(ALICE, caller(), decision()));

    assertEquals("data-export-state", conflict.type());
    assertEquals("data_export.running", conflict.messageKey());
    assertEquals(List.of(), audited, "a refused request is not audited as requested");
  }

  private DataExportLedger ledger(Optional<DataExport> latest, boolean noneRunningWhenAdded) {
    DataExportLedger ledger = new DataExportLedger();
    ledger.exports =
        Fake.of(
            DataExports.class,
            Map.of(
                "removeExpired", arguments -> 0,
                "failStale", arguments -> 0,
                "latestOf", arguments -> latest,
                "addUnlessOneIsRunning",
                    arguments -> {
                      if (noneRunningWhenAdded) {
                        added.add((DataExport) arguments[0]);
                      }
                      return noneRunningWhenAdded;
                    }));
    ledger.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ledger.audit = RecordingAudit.into(audited, ledger.clock, caller());
    return ledger;
  }

  /** The ledger takes the policy's decision as given; the caller's sign-in only goes on record. */
  private static Caller caller() {
    return AssistantFixture.passwordCaller();
  }

  private static PolicyDecision decision() {
    return new PolicyDecision(
        "data_export",
        PolicyDecision.Verdict.ALLOWED,
        AuthenticationRequirement.of(AuthenticationLevel.MFA, Duration.ofMinutes(5)),
        "mfa within 5 minutes",
        "test-policy");
  }
}
