package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reveal and erasure refuse a missing or short reason before anything is looked up. */
class StaffReasonFailuresTest {

  @Test
  void aRevealNeedsAReason() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new PiiRevealService().reveal(null, UUID.randomUUID(), UUID.randomUUID(), "hm"));
    assertEquals(List.of("reason"), refused.fields());
  }

  @Test
  void anErasureNeedsAReason() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new CustomerErasureService()
                .requestErasure(null, new CustomerId(UUID.randomUUID()), "x".repeat(501)));
  }
}
