package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A sensitive request the customer made before authenticating strongly enough (e.g. "block my
 * card"). It keeps what was asked so that after step-up the customer does not start again. Its id
 * is the idempotency key: it is performed at most once, by the customer who asked, before it
 * expires.
 */
@Entity
@Table(name = "pending_action")
public class PendingAction {

  @Id private UUID id;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Column(nullable = false, length = 64)
  private String intent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "pending_action_parameter",
      joinColumns = @JoinColumn(name = "pending_action_id"))
  @MapKeyColumn(name = "name", length = 40)
  @Column(name = "value", length = 200, nullable = false)
  private Map<String, String> parameters = new HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PendingActionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  // A String, not a UUID: EclipseLink 4.0's UUID converter fails on NULL (the usual case here).
  @Column(name = "result_message_id")
  private String resultMessageId;

  /** The fingerprint of the payment the step-up must authorise (PSD2 dynamic linking), if any. */
  @Column(name = "payment_binding", length = 64)
  private String paymentBinding;

  @Version private long version;

  protected PendingAction() {}

  private PendingAction(
      Conversation conversation,
      String intent,
      Map<String, String> parameters,
      Instant now,
      Duration timeToLive) {
    this.id = UUID.randomUUID();
    this.conversationId = conversation.id();
    this.customerId = conversation.customerId().value();
    this.intent = Objects.requireNonNull(intent, "intent");
    this.parameters = new HashMap<>(parameters);
    this.status = PendingActionStatus.PENDING;
    this.createdAt = now;
    this.expiresAt = now.plus(timeToLive);
  }

  public static PendingAction awaitStepUp(
      Conversation conversation,
      String intent,
      Map<String, String> parameters,
      Instant now,
      Duration timeToLive) {
    return new PendingAction(conversation, intent, parameters, now, timeToLive);
  }

  /**
   * True when this belongs to that customer's that conversation; anything else must look absent.
   */
  public boolean belongsTo(CustomerId customer, UUID conversation) {
    return customerId.equals(customer.value()) && conversationId.equals(conversation);
  }

  /** Moves a pending action past its deadline to EXPIRED; returns whether it may still run. */
  public boolean stillRunnable(Instant now) {
    if (status == PendingActionStatus.PENDING && !now.isBefore(expiresAt)) {
      status = PendingActionStatus.EXPIRED;
    }
    return status == PendingActionStatus.PENDING;
  }

  public void complete(UUID resultMessage, Instant now) {
    if (status != PendingActionStatus.PENDING) {
      throw new IllegalStateException("pending action " + id + " is " + status);
    }
    status = PendingActionStatus.COMPLETED;
    resultMessageId = Objects.requireNonNull(resultMessage, "resultMessage").toString();
    completedAt = now;
  }

  /**
   * Binds this action to one payment: only a token authorising the payment with this fingerprint
   * may perform it. Set once, while the action waits.
   */
  public void bindPayment(String fingerprint) {
    if (paymentBinding != null || status != PendingActionStatus.PENDING) {
      throw new IllegalStateException("pending action " + id + " is already bound or done");
    }
    paymentBinding = Objects.requireNonNull(fingerprint, "fingerprint");
  }

  public Optional<String> paymentBinding() {
    return Optional.ofNullable(paymentBinding);
  }

  public UUID id() {
    return id;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID customerId() {
    return customerId;
  }

  public String intent() {
    return intent;
  }

  public Map<String, String> parameters() {
    return Collections.unmodifiableMap(parameters);
  }

  public PendingActionStatus status() {
    return status;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Optional<UUID> resultMessageId() {
    return Optional.ofNullable(resultMessageId).map(UUID::fromString);
  }
}
