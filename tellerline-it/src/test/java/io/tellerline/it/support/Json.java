package io.tellerline.it.support;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses response bodies. */
public final class Json {

  private Json() {}

  /** A one-field JSON object, with the value properly escaped. */
  public static JsonObject object(String name, String value) {
    return jakarta.json.Json.createObjectBuilder().add(name, value).build();
  }

  public static jakarta.json.JsonString string(String value) {
    return jakarta.json.Json.createValue(value);
  }

  public static jakarta.json.JsonArray parseArray(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  public static JsonObject parse(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
