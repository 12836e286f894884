package io.tellerline.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access token each demo customer got at her last sign-in, shared by the visits that do not
 * sign in again (a customer already signed in to online banking). A token is handed out only while
 * it has a minute to live (the realm's access tokens live five minutes), so no visit fails on
 * expiry; after that the next visit signs in.
 *
 * <p>A customer signs in at most once every two seconds: the realm's brute-force protection
 * (quick-login check, 1 s) locks a user whose logins come faster, and the harness has only the
 * three demo customers, where a bank has thousands signing in.
 */
final class SignedInCustomers {

  private static final Duration USABLE_FOR = Duration.ofMinutes(4);
  private static final Duration SIGN_IN_SPACING = Duration.ofSeconds(2);
  private static final Map<String, Held> TOKENS = new ConcurrentHashMap<>();
  private static final Map<String, Instant> LAST_SIGN_IN = new ConcurrentHashMap<>();

  private SignedInCustomers() {}

  static void remember(String customer, String token) {
    TOKENS.put(customer, new Held(token, Instant.now().plus(USABLE_FOR)));
  }

  /** The customer's usable token, or null when she has to sign in. */
  static String tokenOf(String customer) {
    Held held = TOKENS.get(customer);
    return held == null || Instant.now().isAfter(held.usableUntil()) ? null : held.token();
  }

  /** Whether this visit may sign the customer in now (and so claims the next sign-in slot). */
  static boolean claimSignIn(String customer) {
    Instant now = Instant.now();
    Instant[] claimed = new Instant[1];
    LAST_SIGN_IN.compute(
        customer,
        (name, last) -> {
          if (last == null || !now.isBefore(last.plus(SIGN_IN_SPACING))) {
            claimed[0] = now;
            return now;
          }
          return last;
        });
    return claimed[0] != null;
  }

  private record Held(String token, Instant usableUntil) {}
}
