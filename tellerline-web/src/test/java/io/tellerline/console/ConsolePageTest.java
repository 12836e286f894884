package io.tellerline.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.identity.application.CustomerNotFoundException;
import io.tellerline.kernel.ConcurrentChangeException;
import io.tellerline.kernel.InvalidInputException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsolePageTest {

  @Test
  void aBusinessFailureShowsItsOwnText() {
    assertEquals(
        Optional.of("Write 10 to 500 characters."),
        ConsolePage.describe(new InvalidInputException("reason", "input.length", 10, 500)));
  }

  @Test
  void aWrappedBusinessFailureIsUnwrappedOnce() {
    EJBException wrapped = new EJBException(new CustomerNotFoundException());

    assertEquals(Optional.of("There is no such customer."), ConsolePage.describe(wrapped));
  }

  @Test
  void aRefusedRoleAndAConcurrentChangeGetTheirMessages() {
    assertEquals(
        Optional.of("Your role does not allow this action."),
        ConsolePage.describe(new EJBAccessException("denied")));
    EJBException conflict =
        new EJBException(new RuntimeException(new OptimisticLockException("row changed")));
    assertTrue(ConsolePage.describe(conflict).orElseThrow().contains("at the same time"));
  }

  @Test
  void aConflictTheServiceAnsweredAsSuchGetsTheConsolesTextNotTheCustomersOne() {
    assertEquals(
        Optional.of("Someone else changed this at the same time. Please try again."),
        ConsolePage.describe(new ConcurrentChangeException()));
  }

  @Test
  void anythingElseGoesToTheErrorPage() {
    IllegalStateException bug = new IllegalStateException("a programming error");

    assertSame(bug, assertThrows(IllegalStateException.class, () -> ConsolePage.showFailure(bug)));
    EJBException wrappedBug = new EJBException(bug);
    assertSame(
        wrappedBug, assertThrows(EJBException.class, () -> ConsolePage.showFailure(wrappedBug)));
  }
}
