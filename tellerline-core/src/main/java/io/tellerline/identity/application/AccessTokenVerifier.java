package io.tellerline.identity.application;

import io.tellerline.kernel.Caller;

/** Verifies a bearer access token and says who presented it. */
public interface AccessTokenVerifier {

  /**
   * @throws InvalidAccessTokenException when the token is malformed, badly signed, expired, not yet
   *     valid, or issued by or for someone else
   */
  Caller verify(String accessToken);
}
