package io.tellerline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A multi-turn task the assistant is doing with the customer (e.g. a transfer): the slots filled so
 * far and what it waits for. One per conversation; the version makes a task complete once even if
 * the customer confirms twice at the same time.
 */
@Entity
@Table(name = "conversation_task")
public class OpenTask {

  public static final String CONFIRMATION = "confirmation";

  @Id
  @Column(name = "conversation_id")
  private UUID conversationId;

  @Column(nullable = false, length = 40)
  private String task;

  /** {@code key=value;…}: values are amounts, ISO dates and ids, never free text. */
  @Column(nullable = false, length = 2000)
  private String slots = "";

  @Column(nullable = false, length = 40)
  private String awaiting;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected OpenTask() {}

  public OpenTask(UUID conversationId, String task, Instant now) {
    this.conversationId = conversationId;
    this.task = task;
    this.awaiting = "";
    this.updatedAt = now;
  }

  public String task() {
    return task;
  }

  public Optional<String> slot(String name) {
    return Optional.ofNullable(slots().get(name));
  }

  public Map<String, String> slots() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : slots.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return values;
  }

  /**
   * @throws IllegalArgumentException for a value that is not a plain token
   */
  public void fill(String name, String value, Instant now) {
    if (!value.matches("[A-Za-z0-9.:_-]{1,64}") || !name.matches("[a-z_]{1,20}")) {
      throw new IllegalArgumentException("slot values are amounts, dates and ids");
    }
    Map<String, String> values = slots();
    values.put(name, value);
    StringBuilder encoded = new StringBuilder();
    values.forEach(
        (k, v) -> encoded.append(encoded.isEmpty() ? "" : ";").append(k).append('=').append(v));
    slots = encoded.toString();
    updatedAt = now;
  }

  /**
   * Makes this conversation's task another one, empty: the task a customer just stepped up for
   * replaces one they left open.
   */
  public void restart(String newTask, Instant now) {
    task = newTask;
    slots = "";
    awaiting = "";
    updatedAt = now;
  }

  public void await(String what, Instant now) {
    awaiting = what;
    updatedAt = now;
  }

  public String awaiting() {
    return awaiting;
  }
}
