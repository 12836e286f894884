package io.tellerline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.kernel.ConcurrentChangeException;
import io.tellerline.kernel.FailureKind;
import io.tellerline.kernel.Fake;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

  private final AtomicInteger flushes = new AtomicInteger();

  @Test
  void aConflictFoundWhenWritingIsABusinessConflict() {
    ConcurrentChanges interceptor = interceptor(true);

    ConcurrentChangeException conflict =
        assertThrows(ConcurrentChangeException.class, () -> interceptor.flushed(call(() -> "ok")));

    assertEquals(FailureKind.CONFLICT, conflict.kind());
    assertEquals("concurrent-change", conflict.type());
  }

  @Test
  void theMethodsResultIsReturnedOnceItsChangesAreWritten() throws Exception {
    Object result = new Object();

    assertSame(result, interceptor(false).flushed(call(() -> result)));
    assertEquals(1, flushes.get());
  }

  @Test
  void aConflictFoundByAQueryInsideTheMethodIsABusinessConflictToo() {
    RuntimeException wrapped =
        new IllegalStateException("a nested bean", new OptimisticLockException("row changed"));

    assertThrows(
        ConcurrentChangeException.class,
        () ->
            interceptor(false)
                .flushed(
                    call(
                        () -> {
                          throw wrapped;
                        })));
    assertEquals(0, flushes.get());
  }

  @Test
  void aFailingMethodIsNotFlushedAndItsFailureIsKept() {
    IllegalStateException failure = new IllegalStateException("from the method");

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                interceptor(false)
                    .flushed(
                        call(
                            () -> {
                              throw failure;
                            })));

    assertSame(failure, thrown);
    assertEquals(0, flushes.get());
  }

  private ConcurrentChanges interceptor(boolean conflicting) {
    ConcurrentChanges interceptor = new ConcurrentChanges();
    interceptor.entities =
        Fake.of(
            EntityManager.class,
            Map.of(
                "flush",
                arguments -> {
                  flushes.incrementAndGet();
                  if (conflicting) {
                    throw new OptimisticLockException("row changed");
                  }
                  return null;
                }));
    return interceptor;
  }

  private static InvocationContext call(Callable<Object> method) {
    return Fake.of(InvocationContext.class, Map.of("proceed", arguments -> run(method)));
  }

  private static Object run(Callable<Object> method) {
    try {
      return method.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
