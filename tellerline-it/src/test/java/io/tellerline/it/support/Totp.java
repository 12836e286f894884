package io.tellerline.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  /** The time steps whose codes this test run has used, per user. */
  private static final Map<String, Set<Long>> STEPS_USED = new HashMap<>();

  /**
   * A code for the user that this test run has not used yet. Keycloak refuses a code twice but,
   * with the realm's look-around window of 1, accepts the previous, the current and the next time
   * step's code. So up to three step-ups of one user fit into one 30-s step; only a fourth waits.
   * The next step's code stays valid for up to a minute; the previous one is taken only while more
   * than 10 s of the current step remain, so that it is still valid when Keycloak checks it.
   */
  public static synchronized String unusedCode(DemoUser user) {
    Set<Long> used = STEPS_USED.computeIfAbsent(user.username(), name -> new HashSet<>());
    while (true) {
      long now = System.currentTimeMillis();
      long step = now / 30_000;
      boolean previousStillSafe = now % 30_000 < 20_000;
      for (long candidate : List.of(step, step + 1, step - 1)) {
        if (candidate == step - 1 && !previousStillSafe) {
          continue;
        }
        if (used.add(candidate)) {
          return code(user.totpSecret(), Instant.ofEpochSecond(candidate * 30));
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
