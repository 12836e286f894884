package io.tellerline.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real Micro WAR the build produced, deployed at the root context ("ROOT.war"). */
public final class Deployments {

  private Deployments() {}

  public static WebArchive microWar() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(TestEnvironment.file("tellerline.micro.war").toFile())
        .as(WebArchive.class);
  }

  /**
   * Browsers and Keycloak's redirect URIs use localhost, not the host address Arquillian reports.
   */
  public static String localBase(java.net.URL deployed) {
    return "http://localhost:" + deployed.getPort() + "/";
  }
}
