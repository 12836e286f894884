package io.tellerline.identity.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the web chat where to sign in and when to sign an inactive customer out: public
 * information, the same for everyone. The idle limit is PSD2 RTS Art. 4(3)(d) (at most 5 minutes
 * without activity); Keycloak enforces the same limits on its side (realm-export/).
 */
@Path("chat-config")
public class ChatConfigResource {

  private static final String REALMS = "/realms/";

  /** RTS Art. 4(3)(d): the longest a customer may stay signed in without doing anything. */
  static final Duration LONGEST_IDLE = Duration.ofMinutes(5);

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "tellerline.chat.client-id", defaultValue = "tellerline-chat")
  String clientId;

  @Inject
  @ConfigProperty(name = "tellerline.chat.idle-timeout", defaultValue = "PT5M")
  Duration idleTimeout;

  @Inject
  @ConfigProperty(name = "tellerline.chat.idle-warning", defaultValue = "PT1M")
  Duration idleWarning;

  @Inject
  @ConfigProperty(name = "tellerline.chat.session-max", defaultValue = "PT30M")
  Duration sessionMax;

  /**
   * Keycloak's base URL, realm and the chat's public client id; seconds of inactivity before the
   * chat signs out, the warning before that, and the absolute length of a chat session.
   */
  public record ChatConfig(
      String url,
      String realm,
      String clientId,
      long idleTimeoutSeconds,
      long idleWarningSeconds,
      long sessionMaxSeconds) {}

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public ChatConfig get() {
    int realmsAt = issuer.lastIndexOf(REALMS);
    Duration idle = idleTimeout.compareTo(LONGEST_IDLE) > 0 ? LONGEST_IDLE : idleTimeout;
    Duration warning = idleWarning.compareTo(idle) >= 0 ? idle.dividedBy(2) : idleWarning;
    return new ChatConfig(
        issuer.substring(0, realmsAt),
        issuer.substring(realmsAt + REALMS.length()),
        clientId,
        idle.toSeconds(),
        warning.toSeconds(),
        sessionMax.toSeconds());
  }
}
