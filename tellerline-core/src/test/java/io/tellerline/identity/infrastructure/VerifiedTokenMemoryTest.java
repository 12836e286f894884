package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokenMemoryTest {

  private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
  private static final Caller ALICE =
      new Caller("sub-a", "alice", Set.of("customer"), "mfa", List.of("pwd"), Optional.of(NOW));

  private final VerifiedTokenMemory memory = new VerifiedTokenMemory();

  @Test
  void recallsAVerifiedTokenUntilItsExpiryAndNotAfter() {
    memory.remember("token-a", ALICE, NOW.plusSeconds(300), NOW);
    assertEquals(Optional.of(ALICE), memory.recall("token-a", NOW.plusSeconds(299)));
    assertEquals(Optional.empty(), memory.recall("token-a", NOW.plusSeconds(300)));
    assertEquals(Optional.empty(), memory.recall("token-a", NOW.plusSeconds(3600)));
  }

  @Test
  void knowsNoOtherToken() {
    memory.remember("token-a", ALICE, NOW.plusSeconds(300), NOW);
    assertEquals(Optional.empty(), memory.recall("token-b", NOW));
    assertEquals(Optional.empty(), memory.recall("token-a ", NOW));
    assertEquals(Optional.empty(), memory.recall("", NOW));
  }

  @Test
  void doesNotRememberATokenAlreadyExpired() {
    memory.remember("token-a", ALICE, NOW, NOW);
    assertEquals(0, memory.size());
  }

  @Test
  void staysBoundedDroppingExpiredTokensFirst() {
    for (int i = 0; i < VerifiedTokenMemory.MOST - 1; i++) {
      memory.remember("short-" + i, ALICE, NOW.plusSeconds(10), NOW);
    }
    memory.remember("long", ALICE, NOW.plusSeconds(300), NOW);
    assertEquals(VerifiedTokenMemory.MOST, memory.size());

    Instant later = NOW.plusSeconds(60); // the short ones have expired
    memory.remember("next", ALICE, later.plusSeconds(300), later);
    assertEquals(2, memory.size());
    assertEquals(Optional.of(ALICE), memory.recall("long", later));

    for (int i = 0; memory.size() < VerifiedTokenMemory.MOST; i++) {
      memory.remember("live-" + i, ALICE, later.plusSeconds(300), later);
    }
    memory.remember("one-more", ALICE, later.plusSeconds(300), later);
    assertTrue(memory.size() <= VerifiedTokenMemory.MOST);
    assertEquals(Optional.of(ALICE), memory.recall("one-more", later));
  }
}
