package io.tellerline.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aRefusedConnectionDeepInsideTheContainersWrappersIsAnOutage() {
    // What a turn saw with PostgreSQL stopped: EJB -> JPA -> pool -> driver -> socket.
    SQLException driver = new SQLException("Connection to 10.78.0.21:5432 refused.", "08001");
    driver.initCause(new ConnectException("Connection refused"));
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: Connection could not be allocated");
    pool.initCause(driver);
    Throwable wrapped =
        new EJBException(new PersistenceException("Exception [EclipseLink-4002]", pool));

    assertTrue(DatabaseOutage.causes(wrapped));
  }

  @Test
  void thePoolGivingUpWithoutADriverCauseIsAnOutage() {
    assertTrue(
        DatabaseOutage.causes(
            new PersistenceException(
                new SQLException(
                    "Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time."))));
  }

  @Test
  void aSocketTimeoutOfAPartitionedDatabaseIsAnOutage() {
    SQLException io =
        new SQLException("An I/O error occurred while sending to the backend.", "08006");
    io.initCause(new SocketTimeoutException("Read timed out"));
    assertTrue(DatabaseOutage.causes(new PersistenceException(io)));
    assertTrue(DatabaseOutage.causes(new SQLTransientConnectionException("no connection")));
  }

  @Test
  void aShutdownOrADemotedPrimaryIsAnOutageReadByItsSqlState() {
    assertTrue(DatabaseOutage.outageState("57P01"));
    assertTrue(DatabaseOutage.outageState("57P03"));
    assertTrue(DatabaseOutage.outageState("25006"));
    assertTrue(DatabaseOutage.outageState("08003"));
    SQLException batch = new SQLException("Batch entry 0 was aborted", "2BP01");
    batch.setNextException(
        new SQLException("terminating connection due to administrator command", "57P01"));
    assertTrue(DatabaseOutage.causes(batch));
  }

  @Test
  void aCommitThatTheDatabaseCouldNotCompleteIsAnOutage() {
    // What a turn saw when the primary died during its commit (Payara's XA wrapper of the local
    // transaction keeps the driver's failure as text only).
    XAException commit =
        new XAException(
            "jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending to the backend.");
    commit.errorCode = XAException.XAER_RMERR;
    SystemException system = new SystemException();
    system.initCause(commit);
    assertTrue(DatabaseOutage.causes(new EJBException(system)));
    XAException integrity = new XAException(XAException.XA_RBINTEGRITY);
    assertFalse(DatabaseOutage.causes(integrity), "a constraint at commit is not an outage");
  }

  @Test
  void programmingErrorsAndConstraintViolationsAreNotOutages() {
    assertFalse(DatabaseOutage.causes(new IllegalStateException("bug")));
    assertFalse(DatabaseOutage.causes(new SQLException("syntax error at or near", "42601")));
    assertFalse(
        DatabaseOutage.causes(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
    assertFalse(DatabaseOutage.causes(new SQLException("no state")));
    assertFalse(DatabaseOutage.outageState(null));
  }

  @Test
  void aCauseChainWithACycleEnds() {
    Exception first = new Exception("first");
    Exception second = new Exception("second", first);
    first.initCause(second);
    assertFalse(DatabaseOutage.causes(first));
  }
}
