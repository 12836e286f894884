package io.tellerline.platform.persistence;

import io.tellerline.kernel.ConcurrentChangeException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * For session beans whose callers may race (a customer's double click, two tabs): writes the
 * business method's changes before it returns, so that a version conflict is found inside the call
 * (there, or earlier by a query's own flush) and becomes a {@link ConcurrentChangeException} — an
 * application exception, answered 409 and rolled back like any business failure. Found at commit
 * instead, it is a system exception, which the EJB container logs as an error with its stack trace,
 * three times, for what is an expected outcome.
 */
public class ConcurrentChanges {

  private static final Logger LOG = Logger.getLogger(ConcurrentChanges.class.getName());

  @PersistenceContext(unitName = "tellerline")
  EntityManager entities;

  @AroundInvoke
  Object flushed(InvocationContext call) throws Exception {
    try {
      Object result = call.proceed();
      entities.flush();
      return result;
    } catch (RuntimeException failure) {
      // Also from inside the method: a query flushes what is pending before it runs.
      if (isConflict(failure)) {
        // Expected between racing requests; kept at FINE so a conflict that keeps recurring
        // (a versioning defect) can still be traced.
        LOG.log(Level.FINE, "a concurrent change, answered as a conflict", failure);
        throw new ConcurrentChangeException();
      }
      throw failure;
    }
  }

  /** Anywhere in the cause chain: the EJB container wraps what nested session beans throw. */
  static boolean isConflict(Throwable failure) {
    return CauseChain.contains(failure, OptimisticLockException.class);
  }
}
