package io.tellerline.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.tellerline.identity.application.AccessTokenVerifier;
import io.tellerline.identity.application.IdTokenVerifier;
import io.tellerline.identity.application.InvalidAccessTokenException;
import io.tellerline.identity.application.LogoutTokenVerifier;
import io.tellerline.kernel.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies Keycloak tokens locally: signature against the realm's JWKS (cached, and refreshed when
 * an unknown key id appears, so key rotation needs no restart), issuer, audience, expiry,
 * not-before, the token's kind (an ID token is never accepted as an access token), the client it
 * was issued to ({@code azp}: only the allowed ones, by default the web chat) and a plausible
 * {@code auth_time} (not in the future).
 */
@ApplicationScoped
public class KeycloakTokenVerifier
    implements AccessTokenVerifier, IdTokenVerifier, LogoutTokenVerifier {

  /** How long cached keys outlive an unreachable Keycloak (access tokens live minutes). */
  static final Duration OUTAGE_TOLERANCE = Duration.ofHours(1);

  /** Tolerance for exp/nbf between Keycloak's clock and ours; tokens live only 300 s. */
  static final int MAX_CLOCK_SKEW_SECONDS = 30;

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
  String apiAudience;

  /**
   * The clients whose access tokens the API accepts, comma-separated. Any other client of the realm
   * that adds the API audience is still refused: its users did not sign in through our chat.
   */
  @Inject
  @ConfigProperty(name = "tellerline.api.authorized-parties", defaultValue = "tellerline-chat")
  String authorizedParties;

  private JWSVerificationKeySelector<SecurityContext> keySelector;
  private ConfigurableJWTProcessor<SecurityContext> accessTokens;
  private final VerifiedTokenMemory verifiedTokens = new VerifiedTokenMemory();

  @PostConstruct
  void configure() {
    configure(keySource());
  }

  /** Separate from {@link #configure()} so tests can supply their own keys. */
  void configure(JWKSource<SecurityContext> keys) {
    keySelector = new JWSVerificationKeySelector<>(ACCEPTED_ALGORITHMS, keys);
    accessTokens = processor(apiAudience, Set.of("sub", "exp", "iat"));
  }

  @Override
  public Caller verify(String accessToken) {
    Instant now = Instant.now(); // the clock Nimbus checks exp and nbf against
    Optional<Caller> known = verifiedTokens.recall(accessToken, now);
    if (known.isPresent()) {
      return known.get();
    }
    JWTClaimsSet claims = process(accessTokens, accessToken);
    requireType(claims, "Bearer");
    requireAuthorizedParty(claims);
    Caller caller = toCaller(claims, realmRoles(claims));
    Instant latest = now.plusSeconds(MAX_CLOCK_SKEW_SECONDS);
    if (caller.authenticatedAt().filter(time -> time.isAfter(latest)).isPresent()) {
      throw new InvalidAccessTokenException("auth_time lies in the future", null);
    }
    // exp is required, so present: remembered until then, not until exp + the clock skew.
    verifiedTokens.remember(accessToken, caller, claims.getExpirationTime().toInstant(), now);
    return caller;
  }

  @Override
  public Caller verifyIdToken(String idToken, String clientId, String expectedNonce) {
    JWTClaimsSet claims =
        process(processor(clientId, Set.of("sub", "exp", "iat", "nonce")), idToken);
    requireType(claims, "ID");
    if (!expectedNonce.equals(claim(() -> claims.getStringClaim("nonce")))) {
      throw new InvalidAccessTokenException("ID token nonce does not match this sign-in", null);
    }
    return toCaller(claims, groups(claims));
  }

  @Override
  public Caller verifyRefreshedIdToken(String idToken, String clientId, String expectedSubject) {
    JWTClaimsSet claims = process(processor(clientId, Set.of("sub", "exp", "iat")), idToken);
    requireType(claims, "ID");
    if (!expectedSubject.equals(claims.getSubject())) {
      throw new InvalidAccessTokenException("refreshed ID token names another subject", null);
    }
    return toCaller(claims, groups(claims));
  }

  @Override
  public String sessionIdOf(String verifiedIdToken) {
    try {
      String sid = SignedJWT.parse(verifiedIdToken).getJWTClaimsSet().getStringClaim("sid");
      if (sid == null || sid.isBlank()) {
        throw new InvalidAccessTokenException("ID token without a session id (sid)", null);
      }
      return sid;
    } catch (ParseException e) {
      throw new InvalidAccessTokenException("malformed ID token: " + e.getMessage(), e);
    }
  }

  /**
   * Signature, issuer, audience and iat as for every token; then the back-channel logout event, a
   * session id, no nonce (so that an ID token can never pass as a logout token), and Keycloak's
   * token type when present.
   */
  @Override
  public String verifyLogoutToken(String logoutToken, String clientId) {
    ConfigurableJWTProcessor<SecurityContext> logout =
        processor(clientId, Set.of("iat", "sid", "events"));
    logout.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("logout+jwt"), null));
    JWTClaimsSet claims = process(logout, logoutToken);
    Map<String, Object> events = claim(() -> claims.getJSONObjectClaim("events"));
    if (events == null || !events.containsKey(BACKCHANNEL_LOGOUT_EVENT)) {
      throw new InvalidAccessTokenException("not a back-channel logout token", null);
    }
    if (claims.getClaim("nonce") != null) {
      throw new InvalidAccessTokenException("a logout token carries no nonce", null);
    }
    Object type = claims.getClaim("typ");
    if (type != null && !"Logout".equals(type)) {
      throw new InvalidAccessTokenException("expected a logout token, got " + type, null);
    }
    return claim(() -> claims.getStringClaim("sid"));
  }

  private ConfigurableJWTProcessor<SecurityContext> processor(
      String audience, Set<String> required) {
    ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(keySelector);
    // Mutable sets on purpose: Nimbus asks them contains(null), which Set.of() rejects.
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(List.of(audience)),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            new HashSet<>(required),
            new HashSet<>());
    claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    processor.setJWTClaimsSetVerifier(claims);
    return processor;
  }

  private static JWTClaimsSet process(
      ConfigurableJWTProcessor<SecurityContext> processor, String token) {
    try {
      return processor.process(token, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new InvalidAccessTokenException("token rejected: " + e.getMessage(), e);
    }
  }

  private static void requireType(JWTClaimsSet claims, String type) {
    Object actual = claims.getClaim("typ");
    if (!type.equals(actual)) {
      throw new InvalidAccessTokenException(
          "expected a token of type " + type + ", got " + actual, null);
    }
  }

  private void requireAuthorizedParty(JWTClaimsSet claims) {
    String azp = claim(() -> claims.getStringClaim("azp"));
    Set<String> allowed =
        Arrays.stream(authorizedParties.split(","))
            .map(String::strip)
            .filter(party -> !party.isEmpty())
            .collect(Collectors.toSet());
    if (azp == null || !allowed.contains(azp)) {
      throw new InvalidAccessTokenException(
          "token issued to client " + azp + ", not allowed", null);
    }
  }

  private static Caller toCaller(JWTClaimsSet claims, Set<String> roles) {
    Date authTime = claim(() -> claims.getDateClaim("auth_time"));
    String username = claim(() -> claims.getStringClaim("preferred_username"));
    List<String> amr = claim(() -> claims.getStringListClaim("amr"));
    return new Caller(
        claims.getSubject(),
        username == null ? claims.getSubject() : username,
        roles,
        claim(() -> claims.getStringClaim("acr")),
        amr == null ? List.of() : amr,
        Optional.ofNullable(authTime).map(Date::toInstant),
        AuthorizationDetailsClaim.payments(claims.getClaim(AuthorizationDetailsClaim.CLAIM)));
  }

  private static Set<String> realmRoles(JWTClaimsSet claims) {
    Map<String, Object> realmAccess = claim(() -> claims.getJSONObjectClaim("realm_access"));
    if (realmAccess == null || !(realmAccess.get("roles") instanceof List<?> roles)) {
      return Set.of();
    }
    return roles.stream().map(String::valueOf).collect(Collectors.toSet());
  }

  private static Set<String> groups(JWTClaimsSet claims) {
    List<String> groups = claim(() -> claims.getStringListClaim("groups"));
    return groups == null ? Set.of() : Set.copyOf(groups);
  }

  private interface ClaimReader<T> {
    T read() throws ParseException;
  }

  private static <T> T claim(ClaimReader<T> reader) {
    try {
      return reader.read();
    } catch (ParseException e) {
      throw new InvalidAccessTokenException("malformed claim: " + e.getMessage(), e);
    }
  }

  /**
   * The realm's keys, cached for {@code cacheMillis} and refreshed from the JWKS endpoint. While
   * Keycloak cannot be reached, the last keys fetched stay in use (up to {@link
   * #OUTAGE_TOLERANCE}): signed-in customers and staff keep working until their tokens expire;
   * without it every token was refused once the cache expired during a Keycloak outage
   * (cluster/drills/keycloak-down.sh).
   */
  static JWKSource<SecurityContext> keySource(URL jwks, long cacheMillis) {
    return JWKSourceBuilder.create(jwks)
        // The library's defaults for a five-minute cache, scaled down only for a shorter one.
        .cache(
            cacheMillis, Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, cacheMillis / 4))
        .refreshAheadCache(
            Math.min(JWKSourceBuilder.DEFAULT_REFRESH_AHEAD_TIME, cacheMillis / 4), false)
        .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, cacheMillis / 2))
        .retrying(true)
        .outageTolerant(OUTAGE_TOLERANCE.toMillis())
        .build();
  }

  private JWKSource<SecurityContext> keySource() {
    String uri = jwksUri.orElse(issuer + "/protocol/openid-connect/certs");
    try {
      return keySource(URI.create(uri).toURL(), JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE);
    } catch (MalformedURLException e) {
      throw new IllegalStateException("tellerline.oidc.jwks-uri is not a URL: " + uri, e);
    }
  }
}
