package io.tellerline.identity.infrastructure;

import io.tellerline.identity.domain.AuthenticationLevel;
import io.tellerline.identity.domain.AuthenticationPolicy;
import io.tellerline.identity.domain.AuthenticationRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the authentication policy from its CSV file ({@code authentication-policy.csv} beside this
 * package's resources) and applies configured max-age overrides. A malformed file stops start-up:
 * running with a half-read policy would be worse than not running.
 */
public final class AuthenticationPolicyFile {

  public static final String BUNDLED = "/io/tellerline/identity/authentication-policy.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreSurroundingSpaces(true)
          .get();

  private AuthenticationPolicyFile() {}

  /** The bundled policy, with overrides looked up by action name (empty = keep the file's). */
  public static AuthenticationPolicy bundled(Function<String, Optional<String>> maxAgeOverride) {
    try (InputStream in = AuthenticationPolicyFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("authentication policy not found: " + BUNDLED);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), maxAgeOverride);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the authentication policy", e);
    }
  }

  public static AuthenticationPolicy read(
      Reader csv, Function<String, Optional<String>> maxAgeOverride) throws IOException {
    Map<String, AuthenticationRequirement> rules = new TreeMap<>();
    for (CSVRecord row : FORMAT.parse(csv)) {
      String action = row.get("action");
      AuthenticationLevel level = level(row.get("required_acr"), action);
      Duration fromFile = duration(row.get("max_age"), action);
      Optional<Duration> overridden =
          maxAgeOverride
              .apply(action)
              .filter(text -> !text.isBlank()) // blank keeps the file's value, never "no limit"
              .map(text -> duration(text, action));
      Duration maxAge =
          overridden.isPresent() ? bounded(overridden.get(), fromFile, action) : fromFile;
      if (rules.put(action, AuthenticationRequirement.of(level, maxAge)) != null) {
        throw new IllegalStateException("authentication policy lists " + action + " twice");
      }
    }
    return new AuthenticationPolicy(version(rules), rules);
  }

  private static AuthenticationLevel level(String acr, String action) {
    AuthenticationLevel level = AuthenticationLevel.fromAcr(acr);
    if (level == AuthenticationLevel.NONE) {
      throw new IllegalStateException("unknown required_acr '" + acr + "' for " + action);
    }
    return level;
  }

  /**
   * An override may only make an action stricter: at most the file's maximum age, or any positive
   * age where the file has none. Configuration is changed by one operator; loosening a rule needs a
   * change to the reviewed file (a second person, and a new policy version in every event).
   */
  private static Duration bounded(Duration override, Duration fromFile, String action) {
    if (override.isNegative()
        || override.isZero()
        || (fromFile != null && override.compareTo(fromFile) > 0)) {
      throw new IllegalStateException(
          "max-age override of "
              + action
              + " must be positive"
              + (fromFile == null ? "" : " and at most the policy file's " + fromFile)
              + ": configuration may only make the policy stricter");
    }
    return override;
  }

  private static Duration duration(String text, String action) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("max_age of " + action + " is not ISO-8601: " + text, e);
    }
  }

  /** A version that changes whenever an effective rule changes, and only then. */
  private static String version(Map<String, AuthenticationRequirement> rules) {
    StringBuilder canonical = new StringBuilder();
    rules.forEach(
        (action, rule) ->
            canonical
                .append(action)
                .append('|')
                .append(rule.level().acrValue())
                .append('|')
                .append(rule.maxAge().map(Duration::toString).orElse(""))
                .append('\n'));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return "authn-" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
