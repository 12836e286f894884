package io.tellerline.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.identity.domain.CustomerLogins;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffIdentityFailuresTest {

  private final CustomerId unknown = new CustomerId(UUID.randomUUID());

  @Test
  void disablingALoginNeedsAReasonWithinTheLimit() {
    StaffIdentityService service = new StaffIdentityService();

    for (String reason : new String[] {null, " ", "x".repeat(501)}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class, () -> service.disableLogin(null, unknown, reason));
      assertEquals(List.of("reason"), refused.fields());
    }
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    StaffIdentityService service = new StaffIdentityService();
    service.logins =
        Fake.of(CustomerLogins.class, Map.of("identitySubjectOf", a -> Optional.empty()));
    service.access =
        new StaffAccess() {
          @Override
          public void toCustomer(
              io.tellerline.identity.domain.StaffResource resource, CustomerId customer) {}
        };

    CustomerNotFoundException refused =
        assertThrows(CustomerNotFoundException.class, () -> service.loginStatus(null, unknown));
    assertEquals(FailureKind.NOT_FOUND, refused.kind());
  }
}
