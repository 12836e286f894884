package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's request for a copy of her data, built in the background: where it stands and how far
 * it got (items are her messages, counted as they are written into the document).
 */
public record DataExport(
    UUID id,
    CustomerId customer,
    Status status,
    int itemsDone,
    int itemsTotal,
    Instant requestedAt,
    Instant updatedAt,
    Instant expiresAt) {

  /** How long a finished export can be downloaded. */
  public static final Duration KEEP = Duration.ofHours(24);

  /** A running export that has not moved for this long is taken as interrupted (instance gone). */
  public static final Duration STALE = Duration.ofMinutes(10);

  /** Where an export stands. */
  public enum Status {
    RUNNING,
    READY,
    FAILED
  }

  /** The two forms of the document. */
  public enum Format {
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  public DataExport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(status, "status");
  }

  /** A new export, just asked for. */
  public static DataExport requested(CustomerId customer, Instant now) {
    return new DataExport(
        UUID.randomUUID(), customer, Status.RUNNING, 0, 0, now, now, now.plus(KEEP));
  }

  /** Whole percent of the items written (100 when ready). */
  public int percent() {
    if (status == Status.READY) {
      return 100;
    }
    return itemsTotal == 0 ? 0 : (int) Math.min(99, 100L * itemsDone / itemsTotal);
  }

  /** Running, and moved recently enough to be believed still running. */
  public boolean runningAt(Instant now) {
    return status == Status.RUNNING && updatedAt.plus(STALE).isAfter(now);
  }

  /** What the associated data of the sealed document in this format is. */
  public String associatedData(Format format) {
    return "data_export/" + id + "/" + format.extension();
  }
}
