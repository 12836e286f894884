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
 */
final class SignedInCustomers {

  private static final Duration USABLE_FOR = Duration.ofMinutes(4);
  private static final Map<String, Held> TOKENS = new ConcurrentHashMap<>();

  private SignedInCustomers() {}

  static void remember(String customer, String token) {
    TOKENS.put(customer, new Held(token, Instant.now().plus(USABLE_FOR)));
  }

  /** The customer's usable token, or null when she has to sign in. */
  static String tokenOf(String customer) {
    Held held = TOKENS.get(customer);
    return held == null || Instant.now().isAfter(held.usableUntil()) ? null : held.token();
  }

  private record Held(String token, Instant usableUntil) {}
}
