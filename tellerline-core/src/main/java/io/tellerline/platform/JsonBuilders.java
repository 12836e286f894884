package io.tellerline.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * JSON-P builders from one provider looked up once. {@code Json.createObjectBuilder()} looks the
 * provider up on every call ({@code JsonProvider.provider()}: a ServiceLoader scan of the class
 * path, through the EAR's class loaders); under load that lookup took about a tenth of the request
 * threads' CPU (JFR, BENCHMARKS.md "Where a turn's time goes"). A provider is thread-safe, and the
 * builders it makes are the same as {@code Json}'s.
 */
public final class JsonBuilders {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonBuilders() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  /** A JSON object from its text. */
  public static JsonObject parse(String json) {
    try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** A JSON object as UTF-8 bytes. */
  public static byte[] bytes(JsonObject object) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer =
        PROVIDER.createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      writer.writeObject(object);
    }
    return out.toByteArray();
  }
}
