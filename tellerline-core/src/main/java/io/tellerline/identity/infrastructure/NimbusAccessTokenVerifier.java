package io.tellerline.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.tellerline.identity.application.AccessTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.domain.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies Keycloak access tokens locally: signature against the realm's JWKS (cached, refreshed
 * when an unknown key id appears, so key rotation needs no restart), issuer, audience, expiry,
 * not-before, and that it is an access token rather than an ID token.
 */
@ApplicationScoped
public class NimbusAccessTokenVerifier implements AccessTokenVerifier {

  private static final Set<JWSAlgorithm> ACCEPTED_ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "tellerline.oidc.jwks-uri")
  Optional<String> jwksUri;

  @Inject
  @ConfigProperty(name = "tellerline.api.audience", defaultValue = "tellerline-api")
  String audience;

  private ConfigurableJWTProcessor<SecurityContext> processor;

  @PostConstruct
  void configure() {
    processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keySource()));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            Set.of(audience),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat"),
            Set.of()));
  }

  @Override
  public Caller verify(String accessToken) {
    try {
      JWTClaimsSet claims = processor.process(accessToken, null);
      if (!"Bearer".equals(claims.getStringClaim("typ"))) {
        throw new InvalidAccessTokenException(
            "not an access token: typ=" + claims.getClaim("typ"), null);
      }
      return toCaller(claims);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new InvalidAccessTokenException("access token rejected: " + e.getMessage(), e);
    }
  }

  private static Caller toCaller(JWTClaimsSet claims) throws ParseException {
    Date authTime = claims.getDateClaim("auth_time");
    return new Caller(
        claims.getSubject(),
        Optional.ofNullable(claims.getStringClaim("preferred_username"))
            .orElse(claims.getSubject()),
        realmRoles(claims),
        claims.getStringClaim("acr"),
        Optional.ofNullable(claims.getStringListClaim("amr")).orElse(List.of()),
        Optional.ofNullable(authTime).map(Date::toInstant));
  }

  private static Set<String> realmRoles(JWTClaimsSet claims) throws ParseException {
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
      return Set.of();
    }
    return roles.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
  }

  private JWKSource<SecurityContext> keySource() {
    String uri = jwksUri.orElse(issuer + "/protocol/openid-connect/certs");
    try {
      return JWKSourceBuilder.create(URI.create(uri).toURL()).retrying(true).build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("tellerline.oidc.jwks-uri is not a URL: " + uri, e);
    }
  }
}
