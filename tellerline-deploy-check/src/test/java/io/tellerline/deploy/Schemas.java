package io.tellerline.deploy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas kept in src/test/resources/schemas (their origin: the README there), chosen by
 * what a document is: the Compose Specification for a compose file, one strict schema per
 * Kubernetes kind and apiVersion. A document of a kind without a schema is a failure, not a pass.
 */
final class Schemas {

  private static final JsonMapper JSON = new JsonMapper();
  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

  private Schemas() {}

  static List<Error> validate(YamlDocument document) {
    return schemaFor(document).validate(document.node());
  }

  static Schema schemaFor(YamlDocument document) {
    return load(resourceFor(document));
  }

  /** The resource path of the schema for a document; fails for a kind nobody wrote a schema for. */
  static String resourceFor(YamlDocument document) {
    if (document.isCompose()) {
      return "/schemas/compose-spec/compose-spec.json";
    }
    String apiVersion = document.apiVersion();
    String kind = document.kind();
    if (apiVersion.isEmpty() || kind.isEmpty()) {
      throw new AssertionError(document + ": neither a compose file nor a Kubernetes object");
    }
    String folder =
        apiVersion.startsWith("postgresql.cnpg.io/") ? "cloudnative-pg-v1.27" : "kubernetes-v1.33";
    String file =
        kind.toLowerCase(Locale.ROOT)
            + "-"
            + apiVersion.replace('/', '-').replace('.', '-')
            + ".json";
    String resource = "/schemas/" + folder + "/" + file;
    if (Schemas.class.getResource(resource) == null) {
      throw new AssertionError(
          document + ": no schema for " + kind + " " + apiVersion + " (expected " + resource + ")");
    }
    return resource;
  }

  private static Schema load(String resource) {
    return LOADED.computeIfAbsent(resource, Schemas::read);
  }

  private static Schema read(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      ObjectNode schema = (ObjectNode) JSON.readTree(in);
      // The compose schema names its dialect with a non-canonical URI
      // ("http://…/draft/2019-09/schema#")
      // that a validator would try to fetch; the dialect is chosen here instead, and nothing is
      // fetched.
      schema.remove("$schema");
      removeDraft4Ids(schema);
      if (resource.contains("compose-spec")) {
        // Compose's format "duration" means Go durations ("5s", "1m30s"), not ISO 8601: the format
        // is
        // not asserted (Compose itself reads it); every type and structure still is.
        SchemaRegistryConfig config =
            SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
        return SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config))
            .getSchema(schema);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
          .getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The compose schema also carries draft-4 {@code id} keywords ("#/definitions/service"), which
   * name each definition by its own location and mean nothing in draft 7; the validator refuses
   * unknown uses of {@code id}, so they are dropped. Only string values that look like those are
   * touched.
   */
  private static void removeDraft4Ids(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode id = object.get("id");
      if (id != null
          && id.isString()
          && (id.stringValue().startsWith("#/") || id.stringValue().equals("compose_spec.json"))) {
        object.remove("id");
      }
    }
    for (JsonNode child : node.values()) {
      removeDraft4Ids(child);
    }
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }
}
