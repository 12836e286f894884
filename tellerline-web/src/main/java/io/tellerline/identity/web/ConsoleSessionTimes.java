package io.tellerline.identity.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * When a console session began (first sign-in; a step-up keeps it), when the staff member last did
 * something themselves, and when its tokens were last refreshed.
 */
record ConsoleSessionTimes(Instant signedInAt, Instant lastActivityAt, Instant refreshedAt)
    implements Serializable {

  static ConsoleSessionTimes startedAt(Instant now) {
    return new ConsoleSessionTimes(now, now, now);
  }

  /** After a step-up: the session keeps its start (the absolute limit does not restart). */
  ConsoleSessionTimes signedInAgainAt(Instant now) {
    return new ConsoleSessionTimes(signedInAt, now, now);
  }

  ConsoleSessionTimes activeAt(Instant now) {
    return new ConsoleSessionTimes(signedInAt, now, refreshedAt);
  }

  ConsoleSessionTimes refreshedAt(Instant now) {
    return new ConsoleSessionTimes(signedInAt, lastActivityAt, now);
  }
}
