package io.tellerline.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s), as Keycloak's OTP policy in realm-export/ uses. */
public final class Totp {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  public static String code(String base32Secret, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(decodeBase32(base32Secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final long PERIOD_MILLIS = 30_000;

  /** A code handed out must still be valid when Keycloak checks it, a few seconds later. */
  private static final long MARGIN_MILLIS = 10_000;

  /** The time steps whose codes this test run has used, per user. */
  private static final Map<String, Set<Long>> STEPS_USED = new HashMap<>();

  /** The codes themselves: Keycloak remembers codes, and two steps may share one. */
  private static final Map<String, Set<String>> CODES_USED = new HashMap<>();

  private static Integer lookAroundWindow;

  /**
   * A code for the user that this test run has not used yet. Keycloak refuses a code twice but
   * accepts the code of any time step within its look-around window W of the current one. The
   * shipped realm has W = 1 (three codes valid at a time, so a user gets about one new code every
   * 30 s); the test harness widens it on the test Keycloak only (./tellerline, {@code
   * TEST_OTP_LOOK_AROUND_WINDOW}), so that 2W + 1 step-ups of one user fit before one waits. The
   * oldest valid step is used first (it expires first), but only while it stays valid for more than
   * 10 s, so that it is still valid when Keycloak checks it.
   */
  public static synchronized String unusedCode(DemoUser user) {
    int window = lookAroundWindow();
    Set<Long> steps = STEPS_USED.computeIfAbsent(user.username(), name -> new HashSet<>());
    Set<String> codes = CODES_USED.computeIfAbsent(user.username(), name -> new HashSet<>());
    while (true) {
      long now = System.currentTimeMillis();
      long step = now / PERIOD_MILLIS;
      for (long candidate = step - window; candidate <= step + window; candidate++) {
        long validUntil = (candidate + window + 1) * PERIOD_MILLIS;
        if (validUntil - now <= MARGIN_MILLIS || steps.contains(candidate)) {
          continue;
        }
        String code = code(user.totpSecret(), Instant.ofEpochSecond(candidate * 30));
        if (codes.add(code)) {
          steps.add(candidate);
          // How far into the window the suite reaches (a wider window than it needs buys nothing).
          System.out.printf(
              "TOTP: code %d of %s from step %+d%n",
              steps.size(), user.username(), candidate - step);
          return code;
        }
      }
      long waitedFrom = System.currentTimeMillis();
      sleepUntil((step + 1) * 30);
      // Visible in the failsafe output, so that the suite's time spent on TOTP windows can be
      // summed.
      System.out.printf(
          "TOTP: waited %d ms for an unused code of %s%n",
          System.currentTimeMillis() - waitedFrom, user.username());
    }
  }

  /** The look-around window W of the Keycloak under test (read once from its realm). */
  public static synchronized int lookAroundWindow() {
    if (lookAroundWindow == null) {
      lookAroundWindow = Keycloak.otpLookAroundWindow();
    }
    return lookAroundWindow;
  }

  private static void sleepUntil(long epochSecond) {
    try {
      Thread.sleep(Math.max(0, epochSecond * 1000 - System.currentTimeMillis()) + 200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] decodeBase32(String text) {
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.replace("=", "").toUpperCase().toCharArray()) {
      buffer = (buffer << 5) | BASE32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
