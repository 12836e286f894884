package io.tellerline.audit.application;

import java.time.Instant;
import java.util.Optional;

/** What a compliance officer searches the audit log by; every criterion is optional. */
public record AuditSearch(
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<String> eventType,
    Optional<String> customer,
    Optional<String> intent,
    Optional<String> outcome,
    Optional<String> modelVersion) {

  public static AuditSearch everything() {
    return new AuditSearch(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
