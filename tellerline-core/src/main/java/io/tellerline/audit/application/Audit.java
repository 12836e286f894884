package io.tellerline.audit.application;

import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.kernel.VerifiedCallerPrincipal;
import io.tellerline.platform.JsonBuilders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;

/**
 * The one way to write to the audit trail. Who acted is never a parameter: a staff member's or a
 * customer's action takes the actor from the container's verified caller (the principal the
 * authentication mechanism established for this request), the assistant and the system are fixed
 * actors. The payload is built with the JSON API ({@link AuditEventBuilder}), never by
 * concatenation. An event that happens while a request is served — a person's action, or the
 * assistant's decision on a customer's message — also records where the request came from ({@link
 * RequestSource}, under {@code source}).
 */
@ApplicationScoped
public class Audit {

  static final String ASSISTANT = "assistant";
  static final String SYSTEM = "system";

  @Inject AuditTrail trail;
  @Inject SecurityContext security;
  @Inject Clock clock;
  @Inject RequestSources sources;

  /**
   * An action of the signed-in member of staff (console or staff API).
   *
   * @throws IllegalStateException when no verified caller is signed in (a programming error)
   */
  public AuditEventBuilder staffAction(AuditEventType type) {
    return fromRequest(
        new AuditEventBuilder(trail, clock, type, "staff:" + verifiedCaller().getName()));
  }

  /**
   * An action the signed-in customer took themselves (not through the assistant), recorded under
   * their pseudonymous identity-provider subject.
   *
   * @throws IllegalStateException when no verified caller is signed in
   */
  public AuditEventBuilder customerAction(AuditEventType type) {
    return fromRequest(
        new AuditEventBuilder(trail, clock, type, "customer:" + verifiedCaller().subject()));
  }

  /** A decision or action of the automated assistant. */
  public AuditEventBuilder assistantDecision(AuditEventType type) {
    return fromRequest(new AuditEventBuilder(trail, clock, type, ASSISTANT));
  }

  /** An event of the application itself (start-up, key rotation), with no person acting. */
  public AuditEventBuilder systemEvent(AuditEventType type) {
    return new AuditEventBuilder(trail, clock, type, SYSTEM);
  }

  private AuditEventBuilder fromRequest(AuditEventBuilder event) {
    sources
        .current()
        .ifPresent(
            source ->
                event.with(
                    "source",
                    JsonBuilders.object()
                        .add("address", source.addressToken())
                        .add("userAgent", source.userAgent())));
    return event;
  }

  private VerifiedCallerPrincipal verifiedCaller() {
    return security.getPrincipalsByType(VerifiedCallerPrincipal.class).stream()
        .findFirst()
        .or(
            () ->
                security.getCallerPrincipal() instanceof VerifiedCallerPrincipal verified
                    ? java.util.Optional.of(verified)
                    : java.util.Optional.empty())
        .orElseThrow(
            () -> new IllegalStateException("an audited person's action needs a verified caller"));
  }
}
