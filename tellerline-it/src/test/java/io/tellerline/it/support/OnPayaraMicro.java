package io.tellerline.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
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

  /** Starts a conversation as the customer, asks one question, returns the assistant's answer. */
  protected String firstAnswer(DemoUser customer, String question) {
    String token = Keycloak.accessToken(customer);
    HttpResponse<String> started = Http.post(api("conversations"), token, "application/json", "");
    assertEquals(201, started.statusCode(), started.body());
    String id = Json.parse(started.body()).getString("id");
    HttpResponse<String> answered =
        Http.postJson(
            api("conversations/" + id + "/messages"),
            token,
            Json.object("text", question).toString());
    assertEquals(200, answered.statusCode(), answered.body());
    return Json.parse(answered.body()).getJsonArray("messages").getJsonObject(1).getString("body");
  }
}
