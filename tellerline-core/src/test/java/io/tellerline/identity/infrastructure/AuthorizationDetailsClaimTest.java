package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.AuthorizedPayment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationDetailsClaimTest {

  @Test
  void readsThePaymentsOfTheClaimAsKeycloakWritesThem() {
    Object claim =
        List.of(
            Map.of("type", "openid_credential", "identifier", "x"),
            Map.of(
                "type", "payment_initiation",
                "identifier", "6f1c2a8e-0b7d-4c55-9d0e-3a2b1c0d9e8f",
                "actions", List.of("transfer_money"),
                "instructedAmount", Map.of("currency", "EUR", "amount", "25.00"),
                "creditorName", "Mia Schmidt",
                "creditorAccount", Map.of("ibanEnding", "8603"),
                "requestedExecutionDate", "2026-12-06"));

    assertEquals(
        List.of(
            new AuthorizedPayment(
                "6f1c2a8e-0b7d-4c55-9d0e-3a2b1c0d9e8f",
                "transfer_money",
                "25.00",
                "EUR",
                "Mia Schmidt",
                "8603",
                "2026-12-06")),
        AuthorizationDetailsClaim.payments(claim));
  }

  @Test
  void noClaimOrAMalformedOneAuthorisesNothingUsable() {
    assertTrue(AuthorizationDetailsClaim.payments(null).isEmpty());
    assertTrue(AuthorizationDetailsClaim.payments("payment").isEmpty());
    AuthorizedPayment odd =
        AuthorizationDetailsClaim.payments(
                List.of(Map.of("type", "payment_initiation", "instructedAmount", 25)))
            .get(0);
    assertEquals("", odd.amount());
    assertEquals("", odd.identifier());
  }
}
