package io.tellerline.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's calls to Keycloak's token endpoint, as the confidential client: the code of a
 * sign-in for tokens, and a refresh token for new ones.
 */
@ApplicationScoped
public class ConsoleTokens {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The tokens the console keeps (never the access token: the console calls no API with it). */
  record Tokens(String idToken, String refreshToken) {}

  /** Keycloak refused the refresh: its session ended, or the user was disabled. */
  static final class SessionEndedException extends Exception {
    private static final long serialVersionUID = 1L;

    SessionEndedException(String message) {
      super(message);
    }
  }

  @Inject
  @ConfigProperty(name = "tellerline.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "tellerline.console.client-id", defaultValue = "tellerline-console")
  String clientId;

  /** Dev-only default in microprofile-config.properties; production sets its own secret. */
  @Inject
  @ConfigProperty(name = "tellerline.console.client-secret")
  String clientSecret;

  /** The console's client id at Keycloak (the audience of its id tokens). */
  String clientId() {
    return clientId;
  }

  /** Keycloak's authorization endpoint with this query (the client id added). */
  String authorizationUrl(Map<String, String> query) {
    return endpoint("auth", query);
  }

  /** Keycloak's end-session endpoint with this query (the client id added). */
  String endSessionUrl(Map<String, String> query) {
    return endpoint("logout", query);
  }

  private String endpoint(String name, Map<String, String> query) {
    Map<String, String> withClient = new LinkedHashMap<>();
    withClient.put("client_id", clientId);
    withClient.putAll(query);
    return issuer + "/protocol/openid-connect/" + name + "?" + form(withClient);
  }

  Tokens exchange(String code, String redirectUri, String codeVerifier)
      throws IOException, InterruptedException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", redirectUri);
    body.put("code_verifier", codeVerifier);
    HttpResponse<String> response = post(body);
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    return tokensOf(response);
  }

  Tokens refresh(String refreshToken)
      throws IOException, InterruptedException, SessionEndedException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "refresh_token");
    body.put("refresh_token", refreshToken);
    HttpResponse<String> response = post(body);
    if (response.statusCode() == 400 || response.statusCode() == 401) {
      throw new SessionEndedException("refresh refused with " + response.statusCode());
    }
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    return tokensOf(response);
  }

  private HttpResponse<String> post(Map<String, String> body)
      throws IOException, InterruptedException {
    body.put("client_id", clientId);
    body.put("client_secret", clientSecret);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Tokens tokensOf(HttpResponse<String> response) throws IOException {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject tokens = reader.readObject();
      if (!tokens.containsKey("id_token") || !tokens.containsKey("refresh_token")) {
        throw new IOException("token response without id_token or refresh_token");
      }
      return new Tokens(tokens.getString("id_token"), tokens.getString("refresh_token"));
    }
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
