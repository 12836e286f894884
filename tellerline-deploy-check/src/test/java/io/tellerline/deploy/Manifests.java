package io.tellerline.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The parsed deployment files, and the parts the cross-checks compare. */
final class Manifests {

  static final String APP = "tellerline";

  final List<YamlDocument> kubernetes;
  final List<YamlDocument> secretPlaceholders;
  final JsonNode compose;

  Manifests() {
    List<YamlDocument> all = Repository.deploymentDocuments();
    this.compose =
        all.stream()
            .filter(YamlDocument::isCompose)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no compose file"))
            .node();
    this.kubernetes =
        all.stream()
            .filter(document -> document.source().startsWith("deploy/kubernetes/"))
            .filter(document -> !document.source().contains("secrets.example"))
            .toList();
    this.secretPlaceholders =
        all.stream().filter(document -> document.source().contains("secrets.example")).toList();
  }

  List<YamlDocument> ofKind(String kind) {
    return kubernetes.stream().filter(document -> kind.equals(document.kind())).toList();
  }

  YamlDocument named(String kind, String name) {
    return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
  }

  Optional<YamlDocument> find(String kind, String name) {
    return ofKind(kind).stream().filter(document -> name.equals(document.name())).findFirst();
  }

  /** The application's container in the Kubernetes Deployment. */
  JsonNode appContainer() {
    return container(named("Deployment", APP), APP);
  }

  static JsonNode container(YamlDocument deployment, String name) {
    for (JsonNode container : deployment.node().at("/spec/template/spec/containers").values()) {
      if (name.equals(container.path("name").asString())) {
        return container;
      }
    }
    throw new AssertionError(deployment + " has no container " + name);
  }

  /** Name to literal value (null when it comes from a secret or field reference), in order. */
  static Map<String, String> env(JsonNode container) {
    Map<String, String> env = new LinkedHashMap<>();
    for (JsonNode variable : container.path("env").values()) {
      JsonNode value = variable.get("value");
      env.put(variable.path("name").asString(), value == null ? null : value.asString());
    }
    return env;
  }

  JsonNode composeService(String name) {
    JsonNode service = compose.path("services").path(name);
    if (service.isMissingNode()) {
      throw new AssertionError("compose has no service " + name);
    }
    return service;
  }

  /** A compose service's environment as a map (compose allows a map or a list of NAME=value). */
  Map<String, String> composeEnv(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    JsonNode environment = composeService(service).path("environment");
    if (environment.isArray()) {
      for (JsonNode entry : environment.values()) {
        String[] parts = entry.asString().split("=", 2);
        env.put(parts[0], parts.length > 1 ? parts[1] : null);
      }
    } else {
      environment.propertyStream().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
    }
    return env;
  }

  /** Pod template labels of every Deployment, by Deployment name. */
  Map<String, Map<String, String>> podLabels() {
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    for (YamlDocument deployment : ofKind("Deployment")) {
      labels.put(
          deployment.name(), stringMap(deployment.node().at("/spec/template/metadata/labels")));
    }
    for (YamlDocument cluster : ofKind("Cluster")) {
      // CloudNativePG labels every instance pod with its cluster's name.
      labels.put(cluster.name(), Map.of("cnpg.io/cluster", cluster.name()));
    }
    return labels;
  }

  static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    node.propertyStream().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
    return map;
  }
}
