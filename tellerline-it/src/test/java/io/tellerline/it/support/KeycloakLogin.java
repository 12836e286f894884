package io.tellerline.it.support;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in the way the web chat does, without a browser: the authorization-code flow
 * with PKCE against the public chat client, through Keycloak's real login and OTP forms. Unlike the
 * direct grant, this yields tokens with {@code auth_time}, and one instance keeps the SSO session
 * (cookies) so that a later {@link #stepUp} asks only for what is missing, as in the chat.
 */
public final class KeycloakLogin {

  private static final String CLIENT = "tellerline-chat";
  private static final String REDIRECT = "http://localhost:18380/chat/";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"(kc-form-login|kc-otp-login-form)\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION_REVERSED =
      Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"(kc-form-login|kc-otp-login-form)\"");

  private static final String PRIME_FACES_NONCE = "primefaces.nonce";
  private static final Pattern PRIME_FACES_CSP_INIT =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
  private static final Pattern JAVASCRIPT_ESCAPE = Pattern.compile("\\\\(?:x([0-9a-fA-F]{2})|(.))");

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final DemoUser user;
  private boolean pushed;
  private String lastOneTimeCodePage = "";
  private String typedOnce;

  public KeycloakLogin(DemoUser user) {
    this.user = user;
  }

  /** Signs in with the password only; returns the access token (acr "password"). */
  public String signIn() {
    return authorize(Map.of());
  }

  /**
   * Asks Keycloak for {@code acr_values} (and {@code max_age}, when given) as the chat does after
   * an RFC 9470 challenge, answering the login and OTP forms it shows; returns the access token.
   */
  public String stepUp(String acrValues, Long maxAgeSeconds) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("acr_values", acrValues);
    if (maxAgeSeconds != null) {
      extra.put("max_age", maxAgeSeconds.toString());
    }
    return authorize(extra);
  }

  /**
   * The step-up for a payment (PSD2 dynamic linking), as the chat does it: the challenge's {@code
   * authorization_details}, unchanged unless the test changes them, pushed to Keycloak with the
   * request (PAR, RFC 9126); Keycloak shows the payment with the one-time code. Returns the access
   * token; {@link #lastOneTimeCodePage} is the page that asked for the code.
   */
  public String stepUpForPayment(
      String acrValues, Long maxAgeSeconds, String authorizationDetails) {
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("acr_values", acrValues);
    if (maxAgeSeconds != null) {
      extra.put("max_age", maxAgeSeconds.toString());
    }
    extra.put("authorization_details", authorizationDetails);
    pushed = true;
    try {
      return authorize(extra);
    } finally {
      pushed = false;
    }
  }

  /**
   * The next one-time-code form gets {@code code} (e.g. one used before, to see it refused) instead
   * of an unused code; a form shown again after that gets an unused one, as a person would type the
   * next code.
   */
  public KeycloakLogin typingOnce(String code) {
    typedOnce = code;
    return this;
  }

  /** The HTML of the last one-time-code page Keycloak showed (empty before any). */
  public String lastOneTimeCodePage() {
    return lastOneTimeCodePage;
  }

  /**
   * GETs a page of the application as a browser would: follows redirects and signs in at Keycloak's
   * forms when the application sends the user there. Returns the final response.
   */
  public HttpResponse<String> browse(String url) {
    URI current = URI.create(url);
    HttpResponse<String> response = send(HttpRequest.newBuilder(current).GET());
    for (int hop = 0; hop < 12; hop++) {
      if (response.statusCode() == 302 || response.statusCode() == 303) {
        current = current.resolve(response.headers().firstValue("Location").orElseThrow());
        response = send(HttpRequest.newBuilder(current).GET());
      } else if (response.statusCode() == 200 && isLoginForm(response.body())) {
        response = answer(response.body());
      } else {
        return response;
      }
    }
    throw new IllegalStateException("too many redirects from " + url);
  }

  /**
   * POSTs the plain (non-Faces) form {@code formId} of the page at {@code pageUrl} with this
   * session: its hidden synchronizer token ({@code csrf}) as the page rendered it, nothing else.
   * Returns the answer, or the page itself (status 200 without the form) when the page has no such
   * form.
   */
  public HttpResponse<String> postTokenForm(String pageUrl, String formId, String action) {
    HttpResponse<String> page = browse(pageUrl);
    java.util.regex.Matcher form =
        java.util.regex.Pattern.compile(
                "<form id=\""
                    + formId
                    + "\"[^>]*>\\s*<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\"")
            .matcher(page.body());
    if (!form.find()) {
      return page;
    }
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("csrf", form.group(1))))));
  }

  /** GETs a file with this session (after {@link #browse} signed in) into {@code target}. */
  public HttpResponse<java.nio.file.Path> download(String url, java.nio.file.Path target) {
    return download(HttpRequest.newBuilder(URI.create(url)).GET(), target);
  }

  /** POSTs a form with this session and saves the answer (a file) into {@code target}. */
  public HttpResponse<java.nio.file.Path> downloadPosting(
      String url, Map<String, String> fields, java.nio.file.Path target) {
    return download(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))),
        target);
  }

  private HttpResponse<java.nio.file.Path> download(
      HttpRequest.Builder request, java.nio.file.Path target) {
    cookieHeader().ifPresent(cookie -> request.header("Cookie", cookie));
    try {
      return client.send(
          request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofFile(target));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Submits a JSF form of {@code page} (GET first, to get its view state) by pressing {@code
   * button}; returns the page the server answers with.
   */
  public HttpResponse<String> submit(String page, String form, String button) {
    return submitWith(page, form, button, Map.of());
  }

  /** As {@link #submit}, with the form's input fields filled in. */
  public HttpResponse<String> submitWith(
      String page, String form, String button, Map<String, String> inputs) {
    HttpResponse<String> shown = browse(page);
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(shown.body());
    if (!state.find()) {
      throw new IllegalStateException("no JSF view state on " + page + ": " + shown.body());
    }
    Matcher action =
        Pattern.compile("<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\"").matcher(shown.body());
    if (!action.find()) {
      throw new IllegalStateException("no form " + form + " on " + page);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(form, form);
    fields.put(button, "submit");
    fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    primeFacesNonce(shown.body()).ifPresent(nonce -> fields.put(PRIME_FACES_NONCE, nonce));
    fields.putAll(inputs);
    URI target = URI.create(page).resolve(action.group(1).replace("&amp;", "&"));
    return send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  /**
   * The page's nonce as PrimeFaces' script hands it to every Faces form in its CSP mode ({@code
   * PrimeFaces.csp.init('…')} adds the hidden input {@code primefaces.nonce}); a postback without
   * it is refused. Plain forms (sign-out, exports) get none, in a browser neither.
   */
  private static java.util.Optional<String> primeFacesNonce(String html) {
    Matcher init = PRIME_FACES_CSP_INIT.matcher(html);
    if (!init.find()) {
      return java.util.Optional.empty();
    }
    Matcher escaped = JAVASCRIPT_ESCAPE.matcher(init.group(1));
    StringBuilder nonce = new StringBuilder();
    while (escaped.find()) {
      String replacement =
          escaped.group(1) != null
              ? String.valueOf((char) Integer.parseInt(escaped.group(1), 16))
              : escaped.group(2);
      escaped.appendReplacement(nonce, Matcher.quoteReplacement(replacement));
    }
    escaped.appendTail(nonce);
    return java.util.Optional.of(nonce.toString());
  }

  private static boolean isLoginForm(String html) {
    return html.contains("kc-form-login") || html.contains("kc-otp-login-form");
  }

  private String authorize(Map<String, String> extra) {
    String verifier = random();
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", CLIENT);
    query.put("redirect_uri", REDIRECT);
    query.put("response_type", "code");
    query.put("scope", "openid");
    query.put("state", random());
    query.put("nonce", random());
    query.put("code_challenge", challenge(verifier));
    query.put("code_challenge_method", "S256");
    query.putAll(extra);
    String url = endpoint("auth") + "?" + form(query);
    if (pushed) {
      HttpResponse<String> request = Http.postForm(endpoint("ext/par/request"), form(query));
      if (request.statusCode() != 201) {
        throw new IllegalStateException("pushed authorization request refused: " + request.body());
      }
      url =
          endpoint("auth")
              + "?"
              + form(
                  Map.of(
                      "client_id",
                      CLIENT,
                      "request_uri",
                      Json.parse(request.body()).getString("request_uri")));
    }
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url)).GET());
    for (int step = 0; step < 6; step++) {
      String next = page.headers().firstValue("Location").orElse("");
      if (page.statusCode() == 200) {
        page = answer(page.body());
      } else if (page.statusCode() == 302 && next.startsWith(TestEnvironment.issuer())) {
        // Keycloak's own hop (e.g. a pushed request in a signed-in session): follow it.
        page = send(HttpRequest.newBuilder(URI.create(next)).GET());
      } else {
        break;
      }
    }
    String location = page.headers().firstValue("Location").orElse("");
    if (page.statusCode() != 302 || !location.startsWith(REDIRECT)) {
      throw new IllegalStateException(
          "sign-in did not finish: " + page.statusCode() + " " + location + " " + page.body());
    }
    return exchange(parameter(location, "code"), verifier);
  }

  /** Fills in whichever form Keycloak shows: username and password, or the one-time code. */
  private HttpResponse<String> answer(String html) {
    String action = formAction(html);
    Map<String, String> fields = new LinkedHashMap<>();
    if (html.contains("kc-otp-login-form")) {
      lastOneTimeCodePage = html;
      fields.put("otp", typedOnce != null ? typedOnce : Totp.unusedCode(user));
      typedOnce = null;
    } else {
      fields.put("username", user.username());
      fields.put("password", user.password());
    }
    return send(
        HttpRequest.newBuilder(URI.create(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
  }

  private String exchange(String code, String verifier) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "authorization_code");
    fields.put("client_id", CLIENT);
    fields.put("code", code);
    fields.put("redirect_uri", REDIRECT);
    fields.put("code_verifier", verifier);
    HttpResponse<String> response = Http.postForm(endpoint("token"), form(fields));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("code exchange failed: " + response.body());
    }
    JsonObject tokens = Json.parse(response.body());
    return tokens.getString("access_token");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    cookieHeader().ifPresent(cookie -> request.header("Cookie", cookie));
    try {
      HttpResponse<String> response =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      // Keycloak marks its cookies Secure even on http://localhost; a browser still sends them.
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
      return response;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The session's cookies as a Cookie header, for requests this class does not make itself. */
  public java.util.Optional<String> sessionCookies() {
    return cookieHeader();
  }

  private java.util.Optional<String> cookieHeader() {
    return cookies.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; ")));
  }

  private static String formAction(String html) {
    Matcher matcher = FORM_ACTION.matcher(html);
    if (matcher.find()) {
      return matcher.group(2).replace("&amp;", "&");
    }
    Matcher reversed = FORM_ACTION_REVERSED.matcher(html);
    if (reversed.find()) {
      return reversed.group(1).replace("&amp;", "&");
    }
    throw new IllegalStateException("no login form on Keycloak's page: " + html);
  }

  private static String parameter(String url, String name) {
    String query = URI.create(url).getRawQuery();
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name)) {
        return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("no " + name + " in " + url);
  }

  private static String endpoint(String name) {
    return TestEnvironment.issuer() + "/protocol/openid-connect/" + name;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
