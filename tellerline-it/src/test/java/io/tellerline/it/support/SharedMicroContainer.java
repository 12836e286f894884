package io.tellerline.it.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Optional;
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
    return Optional.ofNullable(deployment).map(meta -> meta.getContexts(HTTPContext.class)).stream()
        .flatMap(contexts -> contexts.stream())
        .anyMatch(context -> context.getPort() == port);
  }

  private synchronized void stopRunning() {
    if (deployed != null) {
      try {
        super.undeploy(deployed);
      } catch (DeploymentException e) {
        throw new IllegalStateException("could not stop the shared Payara Micro", e);
      }
      deployed = null;
      deployment = null;
      running = null;
    }
  }
}
