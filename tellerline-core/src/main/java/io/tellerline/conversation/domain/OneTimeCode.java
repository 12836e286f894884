package io.tellerline.conversation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-time code the customer must type back (to prove a new contact is theirs), kept only as a
 * keyed hash with its salt: valid for ten minutes and for three wrong tries at most. It travels in
 * a task's slots, so it ends with the task.
 *
 * @param hash hex of the keyed hash of salt and code ({@link Hashing})
 * @param salt hex, random per code
 * @param expiresAt after this instant the code is refused
 * @param failures wrong codes typed so far
 */
public record OneTimeCode(String hash, String salt, Instant expiresAt, int failures) {

  public static final int DIGITS = 6;
  public static final int MAX_FAILURES = 3;
  public static final Duration VALIDITY = Duration.ofMinutes(10);

  private static final String HASH = "code_hash";
  private static final String SALT = "code_salt";
  private static final String EXPIRES = "code_expires";
  private static final String FAILURES = "code_failures";

  /** A typed code: six digits standing alone ("123456", "code: 123 456" is not one). */
  private static final Pattern TYPED = Pattern.compile("(?<!\\d)(\\d{" + DIGITS + "})(?!\\d)");

  public OneTimeCode {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(salt, "salt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The keyed hash of a salted code, as hex; the key never leaves the key store's custody. */
  @FunctionalInterface
  public interface Hashing {
    String hash(String salt, String code);
  }

  /** What came of a typed code. */
  public enum Result {
    MATCHED,
    /** Wrong, with tries left. */
    WRONG,
    /** Wrong for the third time: the code is spent. */
    EXHAUSTED,
    /** Typed too late: the code is spent. */
    EXPIRED
  }

  /** A check's result and the code as it stands after it (one more failure if wrong). */
  public record Check(Result result, OneTimeCode after) {}

  public static OneTimeCode issue(String code, String salt, Instant now, Hashing hashing) {
    if (!code.matches("\\d{" + DIGITS + "}")) {
      throw new IllegalArgumentException("a one-time code has " + DIGITS + " digits");
    }
    return new OneTimeCode(hashing.hash(salt, code), salt, now.plus(VALIDITY), 0);
  }

  /** The six-digit number a message holds, if it holds exactly one. */
  public static Optional<String> typedIn(String text) {
    Matcher matcher = TYPED.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String first = matcher.group(1);
    return matcher.find() ? Optional.empty() : Optional.of(first);
  }

  /** Checks a typed code; expiry first, so a late right code is refused too. */
  public Check check(String typed, Instant now, Hashing hashing) {
    if (!now.isBefore(expiresAt) || failures >= MAX_FAILURES) {
      return new Check(Result.EXPIRED, this);
    }
    boolean same =
        MessageDigest.isEqual(
            hash.getBytes(StandardCharsets.US_ASCII),
            hashing.hash(salt, typed).getBytes(StandardCharsets.US_ASCII));
    if (same) {
      return new Check(Result.MATCHED, this);
    }
    OneTimeCode after = new OneTimeCode(hash, salt, expiresAt, failures + 1);
    return new Check(after.failures >= MAX_FAILURES ? Result.EXHAUSTED : Result.WRONG, after);
  }

  public int triesLeft() {
    return Math.max(0, MAX_FAILURES - failures);
  }

  /** Stores the code in a task's slots (hash, salt, expiry, failures: no code). */
  public void keepIn(OpenTask task, Instant now) {
    task.fill(HASH, hash, now);
    task.fill(SALT, salt, now);
    task.fill(EXPIRES, String.valueOf(expiresAt.getEpochSecond()), now);
    task.fill(FAILURES, String.valueOf(failures), now);
  }

  /** The code a task keeps, if it has one. */
  public static Optional<OneTimeCode> keptIn(Map<String, String> slots) {
    if (!slots.containsKey(HASH) || !slots.containsKey(SALT) || !slots.containsKey(EXPIRES)) {
      return Optional.empty();
    }
    return Optional.of(
        new OneTimeCode(
            slots.get(HASH),
            slots.get(SALT),
            Instant.ofEpochSecond(Long.parseLong(slots.get(EXPIRES))),
            Integer.parseInt(slots.getOrDefault(FAILURES, "0"))));
  }

  /** Never shows hash or salt. */
  @Override
  public String toString() {
    return "OneTimeCode[expiresAt=" + expiresAt + ", failures=" + failures + "]";
  }
}
