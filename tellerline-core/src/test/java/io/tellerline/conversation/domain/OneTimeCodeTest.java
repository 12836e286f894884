package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.OneTimeCode.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  /** A stand-in for the keyed hash: what matters here is that only the hash is kept. */
  private static final OneTimeCode.Hashing HASHING =
      (salt, code) -> Integer.toHexString((salt + "/" + code).hashCode());

  private final OneTimeCode code = OneTimeCode.issue("482913", "a1b2", NOW, HASHING);

  @Test
  void onlyTheHashIsKeptNeverTheCode() {
    assertEquals(HASHING.hash("a1b2", "482913"), code.hash());
    assertFalse(code.toString().contains("482913"));
    OpenTask task = new OpenTask(UUID.randomUUID(), "contact_details_change", NOW);
    code.keepIn(task, NOW);
    assertFalse(task.slots().containsValue("482913"), task.slots().toString());
    assertEquals(Optional.of(code), OneTimeCode.keptIn(task.slots()));
  }

  @Test
  void theRightCodeMatchesWithinTenMinutes() {
    assertEquals(Result.MATCHED, code.check("482913", NOW.plusSeconds(599), HASHING).result());
  }

  @Test
  void theRightCodeIsRefusedAfterTenMinutes() {
    OneTimeCode.Check late = code.check("482913", NOW.plus(Duration.ofMinutes(10)), HASHING);
    assertEquals(Result.EXPIRED, late.result());
  }

  @Test
  void theThirdWrongCodeSpendsIt() {
    OneTimeCode.Check first = code.check("000000", NOW, HASHING);
    assertEquals(Result.WRONG, first.result());
    assertEquals(2, first.after().triesLeft());
    OneTimeCode.Check second = first.after().check("111111", NOW, HASHING);
    assertEquals(Result.WRONG, second.result());
    OneTimeCode.Check third = second.after().check("222222", NOW, HASHING);
    assertEquals(Result.EXHAUSTED, third.result());
    assertEquals(
        Result.EXPIRED,
        third.after().check("482913", NOW, HASHING).result(),
        "even the right code after that");
  }

  @Test
  void aTypedCodeIsSixDigitsStandingAlone() {
    assertEquals(Optional.of("482913"), OneTimeCode.typedIn("the code is 482913"));
    assertEquals(Optional.empty(), OneTimeCode.typedIn("4829"));
    assertEquals(Optional.empty(), OneTimeCode.typedIn("4829131"));
    assertEquals(Optional.empty(), OneTimeCode.typedIn("482913 or 111111"));
  }

  @Test
  void aCodeHasSixDigits() {
    assertThrows(
        IllegalArgumentException.class, () -> OneTimeCode.issue("12345", "a", NOW, HASHING));
    assertTrue(code.expiresAt().equals(NOW.plus(OneTimeCode.VALIDITY)));
  }
}
