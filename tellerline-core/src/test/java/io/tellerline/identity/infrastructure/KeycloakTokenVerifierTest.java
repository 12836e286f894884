package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.application.LogoutTokenVerifier;
import io.tellerline.kernel.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every token defect the API must refuse, against keys made here (the same checks run against the
 * real Keycloak in the integration tests).
 */
class KeycloakTokenVerifierTest {

  private static final String ISSUER = "http://localhost:8180/realms/tellerline";
  private static RSAKey realmKey;
  private static RSAKey otherKey;
  private static KeycloakTokenVerifier verifier;

  @BeforeAll
  static void keys() throws JOSEException {
    realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    verifier = new KeycloakTokenVerifier();
    verifier.issuer = ISSUER;
    verifier.apiAudience = "tellerline-api";
    verifier.authorizedParties = "tellerline-chat, tellerline-mobile";
    verifier.configure(new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())));
  }

  @Test
  void acceptsAGoodTokenAndReadsTheAuthenticationClaims() throws JOSEException {
    Caller caller = verifier.verify(sign(realmKey, claims(b -> b)));
    assertEquals("c0ffee00-0000-4000-8000-0000000000a1", caller.subject());
    assertEquals("alice", caller.username());
    assertEquals("mfa", caller.authenticationLevel());
    assertEquals(List.of("pwd", "otp"), caller.authenticationMethods());
    assertEquals(Instant.ofEpochSecond(NOW - 30), caller.authenticatedAt().orElseThrow());
    assertEquals(java.util.Set.of("customer"), caller.roles());
  }

  @Test
  void aRememberedTokenAnswersAsAFreshCheckAndItsAlteredCopiesAreStillRefused()
      throws JOSEException {
    JWTClaimsSet claims = claims(b -> b.claim("preferred_username", "remembered"));
    String token = sign(realmKey, claims);
    Caller first = verifier.verify(token);
    assertEquals(first, verifier.verify(token));
    assertEquals(first, verifier.verify(new String(token.toCharArray()))); // equal, not identical

    String signature = token.substring(token.lastIndexOf('.') + 1);
    char last = signature.charAt(signature.length() - 2);
    rejects(
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1));
    rejects(sign(otherKey, claims)); // same claims and key id, another signer
    rejects(token.substring(0, token.lastIndexOf('.') + 1)); // signature stripped
    rejects(token + "x");
  }

  @Test
  void refusesAnExpiredToken() {
    rejects(sign(realmKey, claims(b -> b.expirationTime(at(NOW - 31 - 60)))));
  }

  @Test
  void refusesATokenNotYetValid() {
    rejects(sign(realmKey, claims(b -> b.notBeforeTime(at(NOW + 120)))));
  }

  @Test
  void refusesAnotherIssuer() {
    rejects(sign(realmKey, claims(b -> b.issuer("http://localhost:8180/realms/master"))));
  }

  @Test
  void refusesAnotherAudience() {
    rejects(sign(realmKey, claims(b -> b.audience("account"))));
  }

  @Test
  void acceptsOnlyTheAllowedClients() {
    verifier.verify(sign(realmKey, claims(b -> b.claim("azp", "tellerline-mobile"))));
    rejects(sign(realmKey, claims(b -> b.claim("azp", "tellerline-test-harness"))));
    rejects(sign(realmKey, claims(b -> b.claim("azp", null))));
  }

  @Test
  void refusesAnAuthenticationTimeInTheFuture() {
    rejects(sign(realmKey, claims(b -> b.claim("auth_time", NOW + 120))));
    verifier.verify(sign(realmKey, claims(b -> b.claim("auth_time", NOW + 5))));
  }

  @Test
  void refusesAnUnsignedToken() {
    rejects(new PlainJWT(claims(b -> b)).serialize());
  }

  @Test
  void refusesABadSignature() {
    rejects(sign(otherKey, claims(b -> b)));
  }

  @Test
  void refusesAnUnknownKeyId() throws JOSEException {
    rejects(sign(new RSAKeyGenerator(2048).keyID("unknown").generate(), claims(b -> b)));
  }

  @Test
  void refusesAnHmacTokenKeyedWithThePublicKey() throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm-key").build(), claims(b -> b));
    byte[] secret = realmKey.toRSAPublicKey().getEncoded();
    jwt.sign(new MACSigner(java.util.Arrays.copyOf(secret, 64)));
    rejects(jwt.serialize());
  }

  @Test
  void refusesAnIdTokenAsAnAccessToken() {
    rejects(sign(realmKey, claims(b -> b.claim("typ", "ID"))));
  }

  @Test
  void refusesATokenWithoutSubject() {
    rejects(sign(realmKey, claims(b -> b.subject(null))));
  }

  @Test
  void acceptsTheConsolesIdTokenWithItsNonceAndGroups() {
    Caller staff =
        verifier.verifyIdToken(sign(realmKey, idToken(b -> b)), "tellerline-console", "n-1");
    assertEquals(java.util.Set.of("teller"), staff.roles());
    assertEquals("mfa", staff.authenticationLevel());
  }

  @Test
  void refusesAnIdTokenWithAnotherNonceAudienceOrType() {
    String good = sign(realmKey, idToken(b -> b));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.verifyIdToken(good, "tellerline-console", "n-2"));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.verifyIdToken(good, "tellerline-chat", "n-1"));
    String accessToken = sign(realmKey, idToken(b -> b.claim("typ", "Bearer")));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.verifyIdToken(accessToken, "tellerline-console", "n-1"));
  }

  @Test
  void acceptsARefreshedIdTokenOfTheSameSubjectOnlyAndReadsItsSession() {
    String refreshed = sign(realmKey, idToken(b -> b.claim("nonce", null).claim("sid", "s-1")));
    String subject = "c0ffee00-0000-4000-8000-0000000000a1";
    assertEquals(
        java.util.Set.of("teller"),
        verifier.verifyRefreshedIdToken(refreshed, "tellerline-console", subject).roles());
    assertEquals("s-1", verifier.sessionIdOf(refreshed));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.verifyRefreshedIdToken(refreshed, "tellerline-console", "someone-else"));
    String accessToken = sign(realmKey, idToken(b -> b.claim("typ", "Bearer")));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.verifyRefreshedIdToken(accessToken, "tellerline-console", subject));
    assertThrows(
        InvalidAccessTokenException.class,
        () -> verifier.sessionIdOf(sign(realmKey, idToken(b -> b))));
  }

  @Test
  void acceptsABackChannelLogoutTokenAndReturnsItsSession() {
    assertEquals(
        "s-1",
        verifier.verifyLogoutToken(sign(realmKey, logoutToken(b -> b)), "tellerline-console"));
  }

  @Test
  void refusesLogoutTokensThatAreNotExactlyThat() {
    for (String bad :
        List.of(
            sign(otherKey, logoutToken(b -> b)),
            sign(realmKey, logoutToken(b -> b.audience("tellerline-chat"))),
            sign(realmKey, logoutToken(b -> b.issuer("http://localhost:8180/realms/master"))),
            sign(realmKey, logoutToken(b -> b.claim("events", Map.of("other", Map.of())))),
            sign(realmKey, logoutToken(b -> b.claim("sid", null))),
            sign(realmKey, logoutToken(b -> b.claim("nonce", "n-1"))),
            sign(realmKey, logoutToken(b -> b.claim("typ", "ID"))),
            sign(realmKey, idToken(b -> b.claim("sid", "s-1"))))) {
      assertThrows(
          InvalidAccessTokenException.class,
          () -> verifier.verifyLogoutToken(bad, "tellerline-console"),
          bad);
    }
  }

  private static JWTClaimsSet logoutToken(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("5af00000-0000-4000-8000-0000000000d4")
            .audience("tellerline-console")
            .issueTime(at(NOW - 1))
            .jwtID("j-1")
            .claim("typ", "Logout")
            .claim("sid", "s-1")
            .claim("events", Map.of(LogoutTokenVerifier.BACKCHANNEL_LOGOUT_EVENT, Map.of()));
    return change.apply(builder).build();
  }

  private static JWTClaimsSet idToken(UnaryOperator<JWTClaimsSet.Builder> change) {
    return claims(
        b ->
            change.apply(
                b.audience("tellerline-console")
                    .claim("typ", "ID")
                    .claim("nonce", "n-1")
                    .claim("groups", List.of("teller"))));
  }

  private static final long NOW = Instant.now().getEpochSecond();

  private static Date at(long epochSecond) {
    return Date.from(Instant.ofEpochSecond(epochSecond));
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("c0ffee00-0000-4000-8000-0000000000a1")
            .audience(List.of("tellerline-api", "account"))
            .issueTime(at(NOW - 10))
            .expirationTime(at(NOW + 290))
            .claim("typ", "Bearer")
            .claim("azp", "tellerline-chat")
            .claim("preferred_username", "alice")
            .claim("acr", "mfa")
            .claim("amr", List.of("pwd", "otp"))
            .claim("auth_time", NOW - 30)
            .claim("realm_access", Map.of("roles", List.of("customer")));
    return change.apply(builder).build();
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void rejects(String token) {
    assertThrows(InvalidAccessTokenException.class, () -> verifier.verify(token));
  }
}
