package io.tellerline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AuthorizedPaymentTest {

  private static final AuthorizedPayment MIA =
      new AuthorizedPayment(
          "6f1c2a8e-0b7d-4c55-9d0e-3a2b1c0d9e8f",
          "transfer_money",
          "25.00",
          "EUR",
          "Mia Schmidt",
          "8603",
          "2026-12-06");

  @Test
  void equalPaymentsShareAFingerprintAndEveryFieldChangesIt() {
    assertEquals(
        MIA.fingerprint(),
        new AuthorizedPayment(
                MIA.identifier(), MIA.action(), "25.00", "EUR", "Mia Schmidt", "8603", "2026-12-06")
            .fingerprint());
    assertEquals(43, MIA.fingerprint().length());
    assertNotEquals(MIA.fingerprint(), with("25.0", "Mia Schmidt", "2026-12-06").fingerprint());
    assertNotEquals(MIA.fingerprint(), with("25.00", "Mia Schmid", "2026-12-06").fingerprint());
    assertNotEquals(MIA.fingerprint(), with("25.00", "Mia Schmidt", "").fingerprint());
  }

  @Test
  void aStandingOrdersRhythmIsPartOfItsFingerprint() {
    assertNotEquals(standingOrder("MONTHLY").fingerprint(), standingOrder("WEEKLY").fingerprint());
    assertEquals("", MIA.frequency());
  }

  private static AuthorizedPayment standingOrder(String frequency) {
    return new AuthorizedPayment(
        MIA.identifier(),
        "standing_order",
        "25.00",
        "EUR",
        "Mia Schmidt",
        "8603",
        "2026-12-06",
        frequency);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    AuthorizedPayment a = new AuthorizedPayment("x", "a", "1", "EUR", "B|C", "8603", "");
    AuthorizedPayment b = new AuthorizedPayment("x", "a", "1", "EUR|B", "C", "8603", "");
    assertNotEquals(a.fingerprint(), b.fingerprint());
  }

  private static AuthorizedPayment with(String amount, String payee, String date) {
    return new AuthorizedPayment(
        MIA.identifier(), MIA.action(), amount, "EUR", payee, "8603", date);
  }
}
