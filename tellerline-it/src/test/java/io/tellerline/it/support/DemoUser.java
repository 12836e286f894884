package io.tellerline.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A demo user as defined in realm-export/tellerline-realm.json (read from there, not copied). */
public record DemoUser(String id, String username, String password, String totpSecret) {

  public static final String ALICE = "alice";
  public static final String BASTIAN = "bastian";
  public static final String TESSA_TELLER = "tessa";

  public static DemoUser named(String username) {
    return of(representation(username));
  }

  /** The user as the realm export defines it (for the admin API's partial import). */
  public static JsonObject representation(DemoUser user) {
    return representation(user.username());
  }

  private static JsonObject representation(String username) {
    try (Reader file = Files.newBufferedReader(TestEnvironment.file("tellerline.realm"));
        JsonReader reader = Json.createReader(file)) {
      return reader.readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
          .filter(user -> user.getString("username").equals(username))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DemoUser of(JsonObject user) {
    String password = null;
    String secret = null;
    for (JsonObject credential : user.getJsonArray("credentials").getValuesAs(JsonObject.class)) {
      if (credential.getString("type").equals("password")) {
        password = credential.getString("value");
      } else if (credential.getString("type").equals("otp")) {
        secret =
            Json.createReader(new java.io.StringReader(credential.getString("secretData")))
                .readObject()
                .getString("value");
      }
    }
    return new DemoUser(user.getString("id"), user.getString("username"), password, secret);
  }
}
