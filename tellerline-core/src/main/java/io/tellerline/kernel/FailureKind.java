package io.tellerline.kernel;

/**
 * What kind of business failure happened, independent of how it is shown: the API turns a kind into
 * an HTTP status, the console into a message. A new kind needs a status in the API's mapper.
 */
public enum FailureKind {
  /** No such thing for this caller (also for someone else's thing, so ids cannot be probed). */
  NOT_FOUND,
  /** What a person typed or sent breaks a rule: a length, a format, a choice outside the list. */
  INVALID_INPUT,
  /** The thing is not in a state that allows this (claimed by another, closed, already rated). */
  CONFLICT,
  /** The caller must authenticate again, more strongly or more recently, first. */
  STEP_UP_REQUIRED,
  /** It existed but is gone for good (erased personal data). */
  GONE,
  /** The caller is signed in but is not someone this may be done for (not a bank customer). */
  NOT_PERMITTED,
  /** The caller has used up a limit for now (messages a minute, open streams); try later. */
  TOO_MANY_REQUESTS
}
