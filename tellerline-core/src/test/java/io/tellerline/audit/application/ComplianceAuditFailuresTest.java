package io.tellerline.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A compliance officer's range outside the log is refused before the log is read or audited. */
class ComplianceAuditFailuresTest {

  private final List<AuditEvent> events = new ArrayList<>();
  private final ComplianceAuditService service = service(null);

  @Test
  void rangesOutsideTheSignedLogAreInvalidInput() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> service.verifyRange(5, 5));
    assertEquals(
        "The range must satisfy 0 <= from < to <= 1,000.", refused.message(Locale.ENGLISH));
    assertThrows(InvalidInputException.class, () -> service.exportCsv(0, 1001, new StringWriter()));
    assertThrows(InvalidInputException.class, () -> service.exportBundle(-1, 3, null, n -> {}));
    assertThrows(InvalidInputException.class, () -> service.recordBundleExport(3, 2));
    assertTrue(events.isEmpty(), "a refused export is not recorded as an export");
  }

  @Test
  void aBackgroundExportIsRecordedBeforeItIsWritten() {
    Caller cora =
        new Caller(
            "sub-cora",
            "cora",
            Set.of("compliance-officer"),
            "mfa",
            List.of("otp"),
            Optional.empty());
    RecordedExport export = service(cora).recordBundleExport(0, 1000);

    assertEquals(1, events.size());
    assertEquals("AUDIT_EXPORTED", events.get(0).type());
    assertEquals("staff:cora", events.get(0).actor());
    assertEquals(0, export.from());
    assertEquals(1000, export.to());
  }

  @Test
  void treeSizesOutsideTheTreeAreInvalidInput() {
    assertThrows(InvalidInputException.class, () -> service.consistency(0, 10));
    assertThrows(InvalidInputException.class, () -> service.consistency(10, 5));
    assertThrows(InvalidInputException.class, () -> service.consistency(10, 1201));
  }

  private ComplianceAuditService service(Caller signedIn) {
    ComplianceAuditService service = new ComplianceAuditService();
    service.log =
        Fake.of(AuditLog.class, Map.of("status", a -> new AuditLog.Status(1200, 1000, 0)));
    service.audit = RecordingAudit.into(events, Clock.systemUTC(), signedIn);
    return service;
  }
}
