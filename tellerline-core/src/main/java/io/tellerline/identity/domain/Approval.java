package io.tellerline.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A four-eyes request: what (kind and subject), who asked and why; a different member of staff
 * approves or rejects it before it expires. Whoever asked, and whoever else is barred (the last
 * editor of an article), can never decide it: that rule lives here, not in the callers.
 */
@Entity
@Table(name = "approval")
public class Approval {

  public static final int MAX_SUBJECT = 120;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ApprovalKind kind;

  @Column(nullable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(length = 500)
  private String reason;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "barred", length = 100)
  private String barred;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ApprovalState state;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected Approval() {}

  private Approval(
      ApprovalKind kind,
      String subject,
      String reason,
      String requestedBy,
      String barred,
      Instant now) {
    this.id = UUID.randomUUID();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.reason = reason;
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.barred = barred;
    this.requestedAt = now;
    this.expiresAt = now.plus(kind.waits());
    this.state = ApprovalState.PENDING;
  }

  /** A request that waits for a second person. */
  public static Approval request(
      ApprovalKind kind, String subject, String reason, String requestedBy, Instant now) {
    return new Approval(kind, subject, reason, requestedBy, null, now);
  }

  /**
   * Work that is its own request (a draft awaiting publication): its maker asked, and whoever last
   * changed it may not decide either.
   */
  public static Approval ofWork(
      ApprovalKind kind, String subject, String maker, String lastEditor, Instant now) {
    return new Approval(kind, subject, null, maker, lastEditor, now);
  }

  /** The four-eyes rule: nobody decides what she asked for or last changed herself. */
  public boolean mayBeDecidedBy(String person) {
    return !requestedBy.equals(person) && !person.equals(barred);
  }

  /** Whether it still waits for a decision at {@code now}. */
  public boolean pending(Instant now) {
    return state == ApprovalState.PENDING && !now.isAfter(expiresAt);
  }

  /**
   * @throws IllegalStateException if {@code approver} may not decide it or it is not pending (the
   *     application checks both first and tells the person)
   */
  public void approve(String approver, Instant now) {
    decide(approver, now, ApprovalState.APPROVED);
  }

  public void reject(String rejecter, Instant now) {
    decide(rejecter, now, ApprovalState.REJECTED);
  }

  private void decide(String person, Instant now, ApprovalState outcome) {
    if (!mayBeDecidedBy(person)) {
      throw new IllegalStateException("four eyes: " + person + " may not decide this request");
    }
    if (!pending(now)) {
      throw new IllegalStateException("the request is " + state + " or expired");
    }
    state = outcome;
    decidedBy = person;
    decidedAt = now;
  }

  public UUID id() {
    return id;
  }

  public ApprovalKind kind() {
    return kind;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Optional<String> barred() {
    return Optional.ofNullable(barred);
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public ApprovalState state() {
    return state;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }
}
