package io.tellerline.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian container, but one boot for all the test classes that deploy the same
 * archive: Payara's container starts a Micro process per deployment and kills it at undeploy, so
 * each of the ~25 black-box test classes (all deploy {@link Deployments#microWar()}) paid a full
 * boot of the application, about half of the suite's time. Here an undeploy keeps the process, a
 * deployment of an archive of the same name reuses it, and it stops at the end of the suite, when
 * another archive is deployed, or when a test starts its own server on the same port ({@link
 * #releasePort}). The classes share the server as they already share the database and Keycloak;
 * tests that need a server of their own (other settings, a killed process) start one themselves.
 */
public class SharedMicroContainer extends PayaraMicroDeployableContainer {

  private static volatile SharedMicroContainer running;

  private Archive<?> deployed;
  private ProtocolMetaData deployment;

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (deployed != null && deployed.getName().equals(archive.getName())) {
      return deployment;
    }
    stopRunning();
    deployment = super.deploy(archive);
    deployed = archive;
    running = this;
    return deployment;
  }

  /** Kept running for the next test class; stopped by {@link #stop()} at the end of the suite. */
  @Override
  public void undeploy(Archive<?> archive) {}

  @Override
  public synchronized void stop() throws LifecycleException {
    stopRunning();
    super.stop();
  }

  /** Stops the shared server if it listens on the port a test is about to give its own server. */
  public static void releasePort(int port) {
    SharedMicroContainer container = running;
    if (container != null && container.listensOn(port)) {
      container.stopRunning();
    }
  }

  private synchronized boolean listensOn(int port) {
    return deployment != null && ports().contains(port);
  }

  private synchronized void stopRunning() {
    if (deployed != null) {
      List<Integer> ports = ports();
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new IllegalStateException("could not stop the shared Payara Micro", e);
      }
      deployed = null;
      deployment = null;
      running = null;
      ports.forEach(SharedMicroContainer::awaitClosed);
    }
  }

  private List<Integer> ports() {
    return deployment.getContexts(HTTPContext.class).stream().map(HTTPContext::getPort).toList();
  }

  /**
   * Waits until nothing listens on the port any more: the process is killed, not awaited, and a
   * server started on the same port at once would otherwise bind elsewhere or be answered by the
   * dying one (seen: the next class's browser got "connection refused").
   */
  private static void awaitClosed(int port) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("localhost", port), 500);
      } catch (IOException closed) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("port " + port + " still open 30 s after stopping Micro");
  }
}
