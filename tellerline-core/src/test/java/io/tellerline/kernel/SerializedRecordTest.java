package io.tellerline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.audit.application.AuditEntry;
import io.tellerline.conversation.domain.KpiFigures;
import io.tellerline.identity.domain.LoginStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import other.vendor.ForeignRecord;

/** Records with optional values survive the session copy the cluster makes, equal to themselves. */
class SerializedRecordTest {

  @Test
  void aLoginStatusWithAndWithoutItsLastSignInComesBackEqual() throws Exception {
    LoginStatus signedIn =
        new LoginStatus(true, Optional.of(Instant.parse("2026-12-07T10:00:00Z")), true, List.of());
    LoginStatus never = new LoginStatus(false, Optional.empty(), false, List.of("CONFIGURE_TOTP"));

    assertEquals(signedIn, copied(signedIn));
    assertEquals(never, copied(never));
  }

  @Test
  void kpiFiguresKeepEmptyRatesEmptyAndNotZero() throws Exception {
    KpiFigures day =
        new KpiFigures(
            "2026-12-07",
            10,
            30,
            2,
            OptionalDouble.of(0.8),
            OptionalDouble.empty(),
            OptionalDouble.of(42.5),
            OptionalDouble.empty(),
            6,
            8,
            2,
            0,
            OptionalDouble.empty(),
            7,
            3,
            OptionalDouble.of(4.3),
            List.of(0L, 0L, 1L, 0L, 2L));

    KpiFigures back = copied(day);

    assertEquals(day, back);
    assertTrue(back.staffFirstResponseSeconds().isEmpty());
  }

  @Test
  void anAuditEntryComesBackEqual() throws Exception {
    AuditEntry queued =
        new AuditEntry(
            UUID.randomUUID(),
            Optional.empty(),
            Instant.parse("2026-12-07T10:00:00Z"),
            "AI_DECISION",
            "assistant",
            Optional.of(UUID.randomUUID()),
            "{}");
    AuditEntry leaf =
        new AuditEntry(
            UUID.randomUUID(),
            Optional.of(41L),
            Instant.parse("2026-12-07T10:00:01Z"),
            "AUDIT_READ",
            "staff:cora",
            Optional.empty(),
            "{\"read\":\"status\"}");

    assertEquals(queued, copied(queued));
    assertEquals(leaf, copied(leaf));
  }

  @Test
  void onlyTellerlineRecordsAreRebuilt() throws Exception {
    byte[] foreign = bytes(SerializedRecord.of(new ForeignRecord(OptionalLong.of(3))));
    // The record is rebuilt with its own checks; one outside Tellerline's packages is refused
    // (a session copy is not a way to construct arbitrary types).
    IOException refused = assertThrows(IOException.class, () -> read(foreign));
    assertTrue(refused instanceof InvalidObjectException, refused.toString());
  }

  @Test
  void aRecordThatDoesNotReplaceItselfIsNotRebuilt() throws Exception {
    // Caller is a record of Tellerline's but not serializable: no copy may construct one.
    Caller caller =
        new Caller(
            "sub", "tessa", java.util.Set.of("teller"), "mfa", List.of("otp"), Optional.empty());
    byte[] copy = bytes(SerializedRecord.of(caller));

    assertThrows(InvalidObjectException.class, () -> read(copy));
  }

  @SuppressWarnings("unchecked")
  private static <T> T copied(T value) throws Exception {
    return (T) read(bytes(value));
  }

  private static byte[] bytes(Object value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
      objects.writeObject(value);
    }
    return out.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException {
    try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return objects.readObject();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
