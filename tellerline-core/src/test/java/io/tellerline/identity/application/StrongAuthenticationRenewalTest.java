package io.tellerline.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.StrongAuthentications;
import io.tellerline.kernel.Caller;
import io.tellerline.kernel.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrongAuthenticationRenewalTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  /** The database's table, counting the round trips the renewal makes. */
  private static final class RecordedAuthentications implements StrongAuthentications {
    final Map<String, Instant> rows = new HashMap<>();
    int reads;
    int writes;

    @Override
    public Optional<Instant> lastOf(String subject) {
      reads++;
      return Optional.ofNullable(rows.get(subject));
    }

    @Override
    public void record(String subject, Instant at) {
      writes++;
      rows.merge(subject, at, (old, now) -> old.isAfter(now) ? old : now);
    }
  }

  private final RecordedAuthentications table = new RecordedAuthentications();
  private final KnownStrongAuthentications memory = new KnownStrongAuthentications();
  private Instant now = NOW;

  private StrongAuthenticationRenewal renewal() {
    StrongAuthenticationRenewal renewal = new StrongAuthenticationRenewal();
    renewal.history = table;
    renewal.known = memory;
    renewal.policy = new AuthenticationPolicy("test-policy", Map.of());
    renewal.clock = Clock.fixed(now, ZoneOffset.UTC);
    return renewal;
  }

  private static Caller customer(String acr, Instant authenticatedAt) {
    return new Caller(
        "chloe", "chloe", Set.of(Role.CUSTOMER), acr, List.of("pwd"), Optional.of(authenticatedAt));
  }

  @Test
  void aPasswordRequestIsCheckedAgainstTheRecordOnceAndThenFromMemory() {
    table.rows.put("chloe", NOW.minus(Duration.ofDays(10)));
    for (int i = 0; i < 5; i++) {
      assertTrue(renewal().check(customer("password", NOW)).allowed());
    }
    assertEquals(1, table.reads, "one round trip, not one a request");
  }

  @Test
  void aStrongTokenIsRecordedOnceNotOnEveryRequest() {
    Instant signedIn = NOW.minusSeconds(30);
    for (int i = 0; i < 5; i++) {
      assertTrue(renewal().check(customer("mfa", signedIn)).allowed());
    }
    assertEquals(1, table.writes);
    assertEquals(signedIn, table.rows.get("chloe"));
    assertTrue(renewal().check(customer("password", NOW)).allowed(), "password requests after it");
    assertEquals(0, table.reads, "what was just recorded is known");
  }

  @Test
  void aRefusalIsNeverTakenFromMemory() {
    table.rows.put("chloe", NOW.minus(Duration.ofDays(181)));
    assertFalse(renewal().check(customer("password", NOW)).allowed());
    table.rows.put("chloe", NOW.minus(Duration.ofDays(1))); // a strong sign-in on another instance
    assertTrue(renewal().check(customer("password", NOW)).allowed(), "read again, not remembered");
    assertEquals(2, table.reads);
  }

  @Test
  void aRecordSetBackBesideTheApplicationCountsOnceTheMemoryLapses() {
    table.rows.put("chloe", NOW.minus(Duration.ofDays(179)));
    assertTrue(renewal().check(customer("password", NOW)).allowed());
    table.rows.put("chloe", NOW.minus(Duration.ofDays(181)));
    assertTrue(renewal().check(customer("password", NOW)).allowed(), "within the memory's 10 s");
    now = NOW.plusSeconds(11);
    assertFalse(renewal().check(customer("password", NOW)).allowed(), "after it");
  }

  @Test
  void withoutMemoryEveryRequestReadsTheRecord() {
    memory.lifetime(Duration.ZERO);
    table.rows.put("chloe", NOW.minus(Duration.ofDays(10)));
    renewal().check(customer("password", NOW));
    renewal().check(customer("password", NOW));
    assertEquals(2, table.reads);
  }
}
