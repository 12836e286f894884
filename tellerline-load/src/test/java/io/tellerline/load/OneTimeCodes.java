package io.tellerline.load;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** The demo staff's current one-time code under the realm's OTP policy (TOTP, SHA-1, 6, 30 s). */
final class OneTimeCodes {

  private static final TimeBasedOneTimePasswordGenerator TOTP =
      new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");

  private OneTimeCodes() {}

  static String current(String base32Secret, Instant at) {
    try {
      SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
      return TOTP.generateOneTimePasswordString(key, at);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("the demo staff's TOTP secret is not a key", e);
    }
  }
}
