package io.tellerline.identity.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells the web chat where to sign in: public information, the same for everyone. */
@Path("chat-config")
public class ChatConfigResource {

  private static final String REALMS = "/realms/";

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "tellerline.chat.client-id", defaultValue = "tellerline-chat")
  String clientId;

  /** Keycloak's base URL, realm and the chat's public client id. */
  public record ChatConfig(String url, String realm, String clientId) {}

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public ChatConfig get() {
    int realmsAt = issuer.lastIndexOf(REALMS);
    return new ChatConfig(
        issuer.substring(0, realmsAt), issuer.substring(realmsAt + REALMS.length()), clientId);
  }
}
