package io.tellerline.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the tests that call Tellerline over HTTP on a real Payara Micro (one boot per test
 * class), with URLs on localhost to match the Keycloak clients' redirect URIs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OnPayaraMicro {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource protected URL base;

  protected String api(String path) {
    return base(path.startsWith("api/") ? path : "api/" + path);
  }

  protected String base(String path) {
    return Deployments.localBase(base) + path;
  }
}
