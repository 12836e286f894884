package io.tellerline.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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

  private static final Map<String, Long> LAST_STEP_USED = new HashMap<>();

  /**
   * A code for the user that this test run has not used yet. Keycloak refuses a code twice in its
   * window (the realm's OTP policy), so a second step-up within 30 s waits for the next code.
   */
  public static synchronized String unusedCode(DemoUser user) {
    long step = Instant.now().getEpochSecond() / 30;
    Long last = LAST_STEP_USED.get(user.username());
    if (last != null && step <= last) {
      sleepUntil((last + 1) * 30);
      step = last + 1;
    }
    LAST_STEP_USED.put(user.username(), step);
    return code(user.totpSecret(), Instant.ofEpochSecond(step * 30));
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
