package io.tellerline.identity.api;

import io.tellerline.platform.BoundedConfig;
import io.tellerline.platform.SessionLimits;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the web chat where to sign in and when to sign an inactive customer out: public
 * information, the same for everyone. The idle limit is PSD2 RTS Art. 4(3)(d) (at most 5 minutes
 * without activity); Keycloak enforces the same limits on its side (realm-export/).
 */
@ApplicationScoped
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

  SessionLimits limits;

  // Not an overload of limitsFrom: Payara finds a lifecycle callback by its name alone.
  @PostConstruct
  void readConfiguration() {
    limitsFrom(BoundedConfig.of(ConfigProvider.getConfig()));
  }

  /**
   * The configured session limits: an idle time of at most five minutes (a longer one is a
   * configuration error, never silently served), a warning and an absolute length.
   */
  void limitsFrom(BoundedConfig config) {
    limits =
        SessionLimits.read(
            config, "tellerline.chat.", LONGEST_IDLE, Duration.ofMinutes(30), Duration.ofHours(12));
  }

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
  @ApiPermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public ChatConfig get() {
    int realmsAt = issuer.lastIndexOf(REALMS);
    return new ChatConfig(
        issuer.substring(0, realmsAt),
        issuer.substring(realmsAt + REALMS.length()),
        clientId,
        limits.idle().toSeconds(),
        limits.warning().toSeconds(),
        limits.absolute().toSeconds());
  }
}
