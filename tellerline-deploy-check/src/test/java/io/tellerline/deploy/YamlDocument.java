package io.tellerline.deploy;

import tools.jackson.databind.JsonNode;

/** One document of a YAML file: a Compose file or one Kubernetes object. */
record YamlDocument(String source, int index, JsonNode node) {

  boolean isCompose() {
    return source.replace('\\', '/').startsWith("docker/") && node.has("services");
  }

  String apiVersion() {
    return node.path("apiVersion").asString("");
  }

  String kind() {
    return node.path("kind").asString("");
  }

  String name() {
    return node.path("metadata").path("name").asString("");
  }

  @Override
  public String toString() {
    return isCompose()
        ? source
        : source + " #" + index + " " + kind() + "/" + name() + " (" + apiVersion() + ")";
  }
}
