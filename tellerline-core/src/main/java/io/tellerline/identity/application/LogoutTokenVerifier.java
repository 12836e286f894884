package io.tellerline.identity.application;

/**
 * Verifies an OpenID Connect back-channel logout token: the identity provider telling a client that
 * a user's session ended (signed out elsewhere, ended by an administrator, user disabled and signed
 * out).
 */
public interface LogoutTokenVerifier {

  /**
   * The back-channel logout event a logout token must carry (OpenID Connect Back-Channel Logout).
   */
  String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

  /**
   * @param clientId the client the token must be issued to (its audience)
   * @return the identity provider's session id ({@code sid}) that ended
   * @throws InvalidAccessTokenException when any check fails
   */
  String verifyLogoutToken(String logoutToken, String clientId);
}
