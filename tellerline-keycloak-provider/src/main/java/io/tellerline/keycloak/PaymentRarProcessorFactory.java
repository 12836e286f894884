package io.tellerline.keycloak;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessor;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessorFactory;
import org.keycloak.representations.AuthorizationDetailsJSONRepresentation;
import org.keycloak.util.AuthorizationDetailsParser;

/** Registers {@link PaymentRarProcessor} for {@code payment_initiation}. */
public class PaymentRarProcessorFactory implements AuthorizationDetailsProcessorFactory {

  @Override
  public AuthorizationDetailsProcessor<?> create(KeycloakSession session) {
    return new PaymentRarProcessor();
  }

  @Override
  public void init(Config.Scope config) {
    // Without a parser for the type the token request fails with 500 (checked on 26.7.3).
    AuthorizationDetailsParser.registerParser(
        PaymentDetails.TYPE,
        new AuthorizationDetailsParser() {
          @Override
          public <T extends AuthorizationDetailsJSONRepresentation> T asSubtype(
              AuthorizationDetailsJSONRepresentation detail, Class<T> type) {
            return type.cast(detail);
          }
        });
  }

  @Override
  public String getId() {
    return PaymentDetails.TYPE;
  }
}
