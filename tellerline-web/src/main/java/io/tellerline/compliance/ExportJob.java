package io.tellerline.compliance;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A signed-bundle export running in the background for one staff member: how many events are
 * written so far, and the file to download when it is done.
 */
public final class ExportJob {

  /** Where a job stands. */
  public enum State {
    RUNNING,
    DONE,
    FAILED
  }

  private final UUID id = UUID.randomUUID();
  private final String staff;
  private final long from;
  private final long to;
  private final Path file;
  private final Instant started = Instant.now();
  private final AtomicLong written = new AtomicLong();
  private volatile State state = State.RUNNING;

  ExportJob(String staff, long from, long to, Path file) {
    this.staff = staff;
    this.from = from;
    this.to = to;
    this.file = file;
  }

  void progress(long events) {
    written.set(events);
  }

  void finished(boolean ok) {
    state = ok ? State.DONE : State.FAILED;
  }

  public UUID getId() {
    return id;
  }

  public String getStaff() {
    return staff;
  }

  public long getFrom() {
    return from;
  }

  public long getTo() {
    return to;
  }

  public long getWritten() {
    return written.get();
  }

  /** Whole percent of events written. */
  public int getPercent() {
    return (int) (100 * written.get() / Math.max(1, to - from));
  }

  public State getState() {
    return state;
  }

  public boolean isRunning() {
    return state == State.RUNNING;
  }

  Path file() {
    return file;
  }

  Instant started() {
    return started;
  }
}
