package io.tellerline.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tellerline.kernel.Caller;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What verifying a customer's access token costs per API request: the production verifier
 * (signature RS256 with a 2048-bit key as Keycloak issues, issuer, audience, times, type, claims
 * into a Caller) with the key set already cached, as in steady state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

  private static final String ISSUER = "http://localhost:8180/realms/tellerline";
  private KeycloakTokenVerifier verifier;
  private String token;

  @Setup
  public void setUp() throws JOSEException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    verifier = new KeycloakTokenVerifier();
    verifier.issuer = ISSUER;
    verifier.apiAudience = "tellerline-api";
    verifier.authorizedParties = "tellerline-chat";
    verifier.configure(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
    long now = Instant.now().getEpochSecond();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("c0ffee00-0000-4000-8000-0000000000a1")
            .audience(List.of("tellerline-api", "account"))
            .issueTime(new Date((now - 5) * 1000))
            .expirationTime(new Date((now + 3600) * 1000))
            .claim("typ", "Bearer")
            .claim("azp", "tellerline-chat")
            .claim("preferred_username", "alice")
            .claim("acr", "mfa")
            .claim("amr", List.of("pwd", "otp"))
            .claim("auth_time", now - 30)
            .claim("realm_access", Map.of("roles", List.of("customer", "offline_access")))
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("realm-key").build(), claims);
    jwt.sign(new RSASSASigner(key));
    token = jwt.serialize();
  }

  @Benchmark
  public Caller verifyAccessToken() {
    return verifier.verify(token);
  }
}
