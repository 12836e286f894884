package io.tellerline.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevealGrantTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void lastsItsLifetimeOnly() {
    RevealGrant grant =
        new RevealGrant(
            UUID.randomUUID(),
            "sub",
            "tessa",
            "customer asked to confirm the payee",
            NOW,
            Duration.ofMinutes(5));
    assertEquals(NOW.plusSeconds(300), grant.expiresAt());
    assertTrue(grant.liveAt(NOW.plusSeconds(299)));
    assertFalse(grant.liveAt(NOW.plusSeconds(300)));
  }

  @Test
  void needsAPositiveLifetime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RevealGrant(UUID.randomUUID(), "s", "t", "a reason", NOW, Duration.ZERO));
  }

  @Test
  void staffMustGiveARealReason() {
    assertEquals("customer disputes payee", StaffReason.of("  customer disputes payee "));
    assertThrows(InvalidInputException.class, () -> StaffReason.of("   because  "));
    assertThrows(InvalidInputException.class, () -> StaffReason.of("x".repeat(501)));
    assertThrows(InvalidInputException.class, () -> StaffReason.of(null));
  }
}
