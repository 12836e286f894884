package io.tellerline.privacy.domain;

import io.tellerline.privacy.detection.PiiType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The encrypted original behind one token of one message. Only the ciphertext is stored; it is
 * readable with the customer's data key, which erasure destroys.
 */
@Entity
@Table(name = "protected_value")
public class ProtectedValue {

  @Id private UUID id;

  @Column(name = "customer_id", nullable = false)
  private UUID customerId;

  @Column(name = "conversation_id", nullable = false)
  private UUID conversationId;

  @Column(name = "message_id", nullable = false)
  private UUID messageId;

  @Column(nullable = false)
  private int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(name = "pii_type", nullable = false, length = 20)
  private PiiType type;

  @Column(nullable = false, length = 200)
  private String token;

  @Column(nullable = false)
  private String ciphertext;

  @Column(name = "data_key_id", nullable = false, length = 64)
  private String dataKeyId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * The version of the tokenization keys the token was made under (a format-preserving token has no
   * room for it); null once erasure masked the token.
   */
  @Column(name = "token_key_version")
  private Integer tokenKeyVersion;

  protected ProtectedValue() {}

  public ProtectedValue(
      UUID id,
      UUID customerId,
      UUID conversationId,
      UUID messageId,
      int ordinal,
      PiiType type,
      String token,
      String ciphertext,
      String dataKeyId,
      Instant createdAt,
      int tokenKeyVersion) {
    this.id = id;
    this.customerId = customerId;
    this.conversationId = conversationId;
    this.messageId = messageId;
    this.ordinal = ordinal;
    this.type = type;
    this.token = token;
    this.ciphertext = ciphertext;
    this.dataKeyId = dataKeyId;
    this.createdAt = createdAt;
    this.tokenKeyVersion = tokenKeyVersion;
  }

  /** Associated data that binds a ciphertext to its row: a value copied elsewhere fails. */
  public static String associatedData(UUID id) {
    return "protected_value/" + id;
  }

  /** Erasure: the token becomes its masked form (a format-preserving token is reversible). */
  public void redactToken() {
    token = io.tellerline.privacy.tokenization.Masking.mask(type, token);
    tokenKeyVersion = null;
  }

  /** Key rotation: the token the original has under a newer version of the tokenization keys. */
  public void retokenize(String newToken, int version) {
    if (tokenKeyVersion == null || version <= tokenKeyVersion) {
      throw new IllegalStateException("only a live token moves, and only to a newer key version");
    }
    token = newToken;
    tokenKeyVersion = version;
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID messageId() {
    return messageId;
  }

  public int ordinal() {
    return ordinal;
  }

  public PiiType type() {
    return type;
  }

  public String token() {
    return token;
  }

  public String ciphertext() {
    return ciphertext;
  }

  public String dataKeyId() {
    return dataKeyId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Empty once the token was masked (erasure). */
  public java.util.OptionalInt tokenKeyVersion() {
    return tokenKeyVersion == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(tokenKeyVersion);
  }
}
