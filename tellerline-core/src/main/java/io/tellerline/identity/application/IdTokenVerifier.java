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
}
