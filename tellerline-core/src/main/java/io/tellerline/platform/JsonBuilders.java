package io.tellerline.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

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
}
