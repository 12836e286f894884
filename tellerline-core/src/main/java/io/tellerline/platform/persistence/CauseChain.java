package io.tellerline.platform.persistence;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A failure and its causes, outermost first: what JPA, EclipseLink, the EJB container and the
 * connection pool wrap around the failure that matters. Follows {@link Throwable#getCause()} only
 * (not suppressed exceptions, nor a driver's own chains such as {@code
 * SQLException#getNextException}), and stops at a cause seen before, since a hand-built chain may
 * loop.
 */
public final class CauseChain {

  private CauseChain() {}

  /** The failure itself first; empty for null. */
  public static Stream<Throwable> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return Stream.iterate(failure, cause -> cause != null && seen.add(cause), Throwable::getCause);
  }

  /** Whether the failure or any of its causes is a {@code type}. */
  public static boolean contains(Throwable failure, Class<? extends Throwable> type) {
    return of(failure).anyMatch(type::isInstance);
  }
}
