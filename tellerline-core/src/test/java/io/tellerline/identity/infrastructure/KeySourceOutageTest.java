package io.tellerline.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The realm's keys against a real HTTP JWKS endpoint that goes away (Keycloak down). */
class KeySourceOutageTest {

  private static final JWKSelector ANY_KEY = new JWKSelector(new JWKMatcher.Builder().build());

  @Test
  void cachedKeysStayInUseWhileTheJwksEndpointCannotBeReached() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    HttpServer keycloak =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    keycloak.createContext(
        "/certs",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    keycloak.start();
    URI certs = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs");
    // A cache of 50 ms stands in for the default five minutes.
    JWKSource<SecurityContext> keys = KeycloakTokenVerifier.keySource(certs.toURL(), 50);
    assertEquals("realm-key", keys.get(ANY_KEY, null).get(0).getKeyID());

    keycloak.stop(0);
    Thread.sleep(200);

    assertEquals(
        "realm-key",
        keys.get(ANY_KEY, null).get(0).getKeyID(),
        "the cache expired while Keycloak was down: the last keys must still verify tokens");
  }
}
