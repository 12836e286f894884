package io.tellerline.it.support;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses response bodies. */
public final class Json {

  private Json() {}

  public static JsonObject parse(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
