package io.tellerline.platform.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Tells a failure that means "the database cannot be reached right now" (it is down, partitioned,
 * failing over, or the pool found no connection in time) from every other failure, so that callers
 * get a retryable 503 rather than an internal error. Read from the whole cause chain: JPA,
 * EclipseLink, the EJB container and Payara's pool wrap the driver's exception.
 */
public final class DatabaseOutage {

  /** Payara's pool when no connection could be had (its message; no SQLState, no own class). */
  private static final String POOL_ALLOCATION = "Error in allocating a connection";

  /** Jakarta Connectors' failure to get a pooled connection: always about the database here. */
  private static final String RESOURCE_EXCEPTION = "jakarta.resource.ResourceException";

  private DatabaseOutage() {}

  public static boolean causes(Throwable failure) {
    return CauseChain.of(failure).anyMatch(cause -> isOutage(cause) || nextIsOutage(cause));
  }

  /** A batch's driver failure keeps the statement's own cause in its next exception. */
  private static boolean nextIsOutage(Throwable cause) {
    return cause instanceof SQLException sql
        && sql.getNextException() != null
        && causes(sql.getNextException());
  }

  private static boolean isOutage(Throwable cause) {
    if (cause instanceof SQLTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException
        || isResourceException(cause.getClass())) {
      return true;
    }
    if (cause instanceof XAException xa) {
      // The transaction manager's word for a failed commit or rollback: the database (the only
      // resource) failed or could not be reached; it carries the driver's failure as text only.
      return xa.errorCode == XAException.XAER_RMFAIL
          || xa.errorCode == XAException.XAER_RMERR
          || xa.errorCode == XAException.XA_RBCOMMFAIL;
    }
    if (cause instanceof SQLException sql) {
      return outageState(sql.getSQLState())
          || (sql.getMessage() != null && sql.getMessage().startsWith(POOL_ALLOCATION));
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shuts down or cannot accept
   * connections yet), 25006 (a write reached a server that is no longer the primary) and 53300 (too
   * many connections).
   */
  static boolean outageState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || state.equals("25006")
            || state.equals("53300"));
  }

  private static boolean isResourceException(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(RESOURCE_EXCEPTION)) {
        return true;
      }
    }
    return false;
  }
}
