package io.tellerline.identity.infrastructure;

import io.tellerline.kernel.Caller;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens this instance has verified, until they expire, so that a customer's next
 * request with the same token does not repeat the signature check and claim parsing (4.1 % of a
 * chat request's CPU at steady state, BENCHMARKS.md "Where a turn's time goes"). Only a token that
 * passed every check is remembered, keyed by the SHA-256 of the whole token (so any other token,
 * even one differing in a single character, is verified afresh), and only until its own {@code
 * exp}: afterwards the full check runs again (which, as before, still allows the 30 s of clock skew
 * past {@code exp}, then refuses it). Nothing a token says can change while it is valid, so the
 * answer is the one a fresh check would give; the realm's keys are cached anyway (and kept through
 * a Keycloak outage), so a key removed from the realm ends tokens at their expiry here too.
 * Bounded: past {@link #MOST} tokens, expired ones are dropped, then all.
 */
final class VerifiedTokenMemory {

  /** Far more tokens than one instance sees within their lifetime (minutes). */
  static final int MOST = 20_000;

  private record Verified(Caller caller, Instant expiresAt) {}

  private final Map<ByteBuffer, Verified> verified = new ConcurrentHashMap<>();

  /** The caller of a token verified before and not yet expired at {@code now}. */
  Optional<Caller> recall(String token, Instant now) {
    Verified known = verified.get(digest(token));
    if (known == null || !now.isBefore(known.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(known.caller());
  }

  /** Remembers a token that has just passed every check, until it expires. */
  void remember(String token, Caller caller, Instant expiresAt, Instant now) {
    if (!now.isBefore(expiresAt)) {
      return;
    }
    if (verified.size() >= MOST) {
      verified.values().removeIf(known -> !now.isBefore(known.expiresAt()));
      if (verified.size() >= MOST) {
        verified.clear();
      }
    }
    verified.put(digest(token), new Verified(caller, expiresAt));
  }

  int size() {
    return verified.size();
  }

  private static ByteBuffer digest(String token) {
    try {
      return ByteBuffer.wrap(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
