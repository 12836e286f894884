package io.tellerline.identity.application;

import io.tellerline.kernel.Caller;

/** Verifies an OpenID Connect ID token received by a sign-in (authorization-code) flow. */
public interface IdTokenVerifier {

  /**
   * @param clientId the client the token must be issued to (its audience)
   * @param expectedNonce the nonce this sign-in sent, which the token must echo
   * @throws InvalidAccessTokenException when any check fails
   */
  Caller verifyIdToken(String idToken, String clientId, String expectedNonce);

  /**
   * Verifies an ID token from a refresh-token grant: as above, except that it carries no nonce of
   * this sign-in (the token came straight from the token endpoint), and it must name the same
   * subject as the sign-in.
   *
   * @throws InvalidAccessTokenException when any check fails
   */
  Caller verifyRefreshedIdToken(String idToken, String clientId, String expectedSubject);

  /**
   * The identity provider's session id ({@code sid}) of an ID token that this verifier accepted.
   *
   * @throws InvalidAccessTokenException when the token has none
   */
  String sessionIdOf(String verifiedIdToken);
}
