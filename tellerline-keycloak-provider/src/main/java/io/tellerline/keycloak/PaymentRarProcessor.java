package io.tellerline.keycloak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.rar.AuthorizationDetailsProcessor;
import org.keycloak.protocol.oidc.rar.InvalidAuthorizationDetailsException;
import org.keycloak.representations.AuthorizationDetailsJSONRepresentation;

/**
 * RFC 9396 processor for {@code payment_initiation}: accepts only well-formed payments (see {@link
 * PaymentDetails}) and releases one into a token only when the one-time code of this client session
 * confirmed exactly these details ({@link PaymentOtpAuthenticator}). Request parameters survive
 * later SSO logins and refreshes as client-session notes; the fingerprint check makes details that
 * a later login changed fail instead of riding on an older confirmation.
 */
public class PaymentRarProcessor
    implements AuthorizationDetailsProcessor<AuthorizationDetailsJSONRepresentation> {

  private static final Logger LOG = Logger.getLogger(PaymentRarProcessor.class);
  static final String REQUESTED_NOTE = "authorization_details";

  @Override
  public boolean isSupported() {
    return true;
  }

  @Override
  public String getSupportedType() {
    return PaymentDetails.TYPE;
  }

  @Override
  public Class<AuthorizationDetailsJSONRepresentation> getSupportedResponseJavaType() {
    return AuthorizationDetailsJSONRepresentation.class;
  }

  @Override
  public AuthorizationDetailsJSONRepresentation validateAuthorizationDetail(
      AuthorizationDetailsJSONRepresentation detail) throws InvalidAuthorizationDetailsException {
    try {
      PaymentDetails.of(detail.getIdentifier(), fields(detail));
      return detail;
    } catch (IllegalArgumentException e) {
      throw new InvalidAuthorizationDetailsException(e.getMessage());
    }
  }

  @Override
  public AuthorizationDetailsJSONRepresentation process(
      UserSessionModel userSession,
      ClientSessionContext context,
      AuthorizationDetailsJSONRepresentation detail)
      throws InvalidAuthorizationDetailsException {
    validateAuthorizationDetail(detail);
    String confirmed = context.getClientSession().getNote(PaymentOtpAuthenticator.CONFIRMED_NOTE);
    String requested = context.getClientSession().getNote(REQUESTED_NOTE);
    if (!PaymentDetails.confirmed(confirmed, requested)) {
      // Dropped, not refused: a later sign-in of the same session (which may carry no payment at
      // all) must still get its token; it just authorises no payment, and Tellerline refuses one.
      LOG.warnf(
          "payment_initiation %s left out of the token: not confirmed with a one-time code",
          detail.getIdentifier());
      return null;
    }
    return detail;
  }

  @Override
  public List<AuthorizationDetailsJSONRepresentation> handleMissingAuthorizationDetails(
      UserSessionModel userSession, ClientSessionContext context) {
    return null;
  }

  @Override
  public AuthorizationDetailsJSONRepresentation processStoredAuthorizationDetails(
      UserSessionModel userSession,
      ClientSessionContext context,
      AuthorizationDetailsJSONRepresentation detail)
      throws InvalidAuthorizationDetailsException {
    return process(userSession, context, detail);
  }

  @Override
  public void afterAuthorizationDetailsProcessed(
      UserSessionModel userSession,
      ClientSessionContext context,
      AuthorizationDetailsJSONRepresentation detail) {}

  @Override
  public void close() {}

  private static Map<String, Object> fields(AuthorizationDetailsJSONRepresentation detail) {
    Map<String, Object> fields = new HashMap<>(detail.getCustomData());
    fields.put("type", detail.getType());
    return fields;
  }
}
