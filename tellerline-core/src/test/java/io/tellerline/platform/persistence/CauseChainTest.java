package io.tellerline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CauseChainTest {

  @Test
  void theFailureComesFirstThenEachCauseInTurn() {
    OptimisticLockException conflict = new OptimisticLockException("row changed");
    PersistenceException jpa = new PersistenceException(conflict);
    IllegalStateException outer = new IllegalStateException(jpa);

    assertEquals(List.of(outer, jpa, conflict), CauseChain.of(outer).toList());
    assertTrue(CauseChain.contains(outer, OptimisticLockException.class));
    assertTrue(CauseChain.contains(outer, PersistenceException.class), "subtypes count");
  }

  @Test
  void aFailureWithoutACauseIsItsOwnChainAndNullHasNone() {
    IllegalStateException alone = new IllegalStateException("alone");

    assertEquals(List.of(alone), CauseChain.of(alone).toList());
    assertEquals(List.of(), CauseChain.of(null).toList());
    assertFalse(CauseChain.contains(null, RuntimeException.class));
  }

  @Test
  void aChainThatLoopsEndsAtTheFirstCauseSeenAgain() {
    LoopingFailure first = new LoopingFailure();
    LoopingFailure second = new LoopingFailure();
    first.next = second;
    second.next = first;

    assertEquals(List.of(first, second), CauseChain.of(first).toList());
    assertFalse(CauseChain.contains(first, OptimisticLockException.class));
  }

  @Test
  void suppressedFailuresAreNotPartOfTheChain() {
    IllegalStateException failure = new IllegalStateException("closing failed too");
    failure.addSuppressed(new OptimisticLockException("row changed"));

    assertFalse(CauseChain.contains(failure, OptimisticLockException.class));
  }

  /** Throwable.initCause refuses a loop; a subclass (as some libraries have) can still make one. */
  private static final class LoopingFailure extends RuntimeException {
    Throwable next;

    @Override
    public synchronized Throwable getCause() {
      return next;
    }
  }
}
