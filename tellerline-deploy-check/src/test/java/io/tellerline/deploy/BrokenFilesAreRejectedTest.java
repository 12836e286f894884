package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas reject what Kubernetes or Compose would reject: a copy of a real file with one wrong
 * field or one wrong type fails validation. Without these, a schema that accepts anything would
 * pass {@link DeploymentSchemaTest}.
 */
class BrokenFilesAreRejectedTest {

  /** Every kind's schema is strict at its top: a misspelt top-level field is refused. */
  @TestFactory
  Stream<DynamicTest> aMisspeltTopLevelFieldIsRejectedInEveryDocument() {
    return Repository.deploymentDocuments().stream()
        .map(
            document ->
                DynamicTest.dynamicTest(
                    document.toString(),
                    () ->
                        assertRejected(
                            document, node -> ((ObjectNode) node).put("metdata", "typo"))));
  }

  @Test
  void aCopyOfComposeWithAWrongFieldOrTypeIsRejected() {
    String compose = Repository.read("docker/compose.yaml");
    assertTrue(valid(compose));
    // wrong field: replicas belong under deploy:
    assertFalse(
        valid(
            replaceOnce(
                compose, "    deploy:\n      replicas: 3", "    replicas: 3\n    deploy:")));
    // wrong type: read_only is a boolean
    assertFalse(valid(replaceOnce(compose, "read_only: true", "read_only: [true]")));
    // wrong type: healthcheck retries is a number
    assertFalse(valid(replaceOnce(compose, "retries: 20", "retries: twenty")));
    // unknown key in a service
    assertFalse(valid(replaceOnce(compose, "    image: postgres:18", "    imge: postgres:18")));
  }

  @Test
  void aCopyOfTheDeploymentWithAWrongFieldOrTypeIsRejected() {
    String deployment = Repository.read("deploy/kubernetes/20-tellerline.yaml");
    assertTrue(validAll(deployment));
    assertFalse(validAll(replaceOnce(deployment, "replicas: 3", "replicas: three")));
    assertFalse(
        validAll(
            replaceOnce(
                deployment, "imagePullPolicy: IfNotPresent", "imagePullPolcy: IfNotPresent")));
    assertFalse(
        validAll(
            replaceOnce(
                deployment, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: \"yes\"")));
    assertFalse(
        validAll(replaceOnce(deployment, "containerPort: 8080", "containerPort: \"8080\"")));
    assertFalse(validAll(replaceOnce(deployment, "memory: 1536Mi", "memory: lots")));
    assertFalse(validAll(replaceOnce(deployment, "minAvailable: 2", "minAvailible: 2")));
  }

  @Test
  void wrongValuesInKubernetesObjectsAreRejected() {
    assertRejected(
        first("Deployment", "tellerline"),
        node -> probe(node).remove("port"),
        "an HTTP probe without a port");
    assertRejected(
        first("Deployment", "tellerline"),
        node ->
            ((ObjectNode) node.at("/spec/template/spec/securityContext"))
                .put("runAsUser", "payara"),
        "a user name where a uid belongs");
    assertRejected(
        first("Service", "tellerline-hazelcast"),
        node -> ((ObjectNode) node.at("/spec/ports/0")).put("port", "hazelcast"),
        "a port name where a number belongs");
    assertRejected(
        first("NetworkPolicy", "default-deny-ingress"),
        node -> ((ArrayNode) node.at("/spec/policyTypes")).set(0, "Inbound"),
        "a policy type Kubernetes does not know");
    assertRejected(
        first("Ingress", "tellerline"),
        node -> ((ObjectNode) node.at("/spec/rules/0/http/paths/0")).put("pathType", "Regex"),
        "a path type Kubernetes does not know");
    assertRejected(
        first("RoleBinding", "tellerline-hazelcast-discovery"),
        node -> ((ObjectNode) node).remove("roleRef"),
        "a binding without its role");
  }

  @Test
  void wrongValuesInTheDatabaseClusterAreRejected() {
    assertRejected(
        first("Cluster", "tellerline-db"),
        node -> ((ObjectNode) node.at("/spec")).put("instances", "2"),
        "instances as a string");
    assertRejected(
        first("Cluster", "tellerline-db"),
        node -> ((ObjectNode) node.at("/spec/postgresql/synchronous")).put("method", "all"),
        "a synchronous method CloudNativePG does not know");
    assertRejected(
        first("Cluster", "tellerline-db"),
        node -> ((ObjectNode) node.at("/spec/bootstrap/initdb")).put("ownr", "x"),
        "a misspelt initdb field");
  }

  @Test
  void aKindWithoutASchemaIsAFailureNotAPass() {
    YamlDocument cronJob =
        Repository.parse(
                "deploy/kubernetes/x.yaml",
                "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: x\n")
            .get(0);
    assertThrows(AssertionError.class, () -> Schemas.resourceFor(cronJob));
  }

  private static ObjectNode probe(JsonNode deployment) {
    return (ObjectNode) deployment.at("/spec/template/spec/containers/0/readinessProbe/httpGet");
  }

  private static YamlDocument first(String kind, String name) {
    return Repository.deploymentDocuments().stream()
        .filter(document -> kind.equals(document.kind()) && name.equals(document.name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
  }

  private static void assertRejected(YamlDocument document, Consumer<JsonNode> breakIt) {
    assertRejected(document, breakIt, "a broken copy");
  }

  private static void assertRejected(
      YamlDocument document, Consumer<JsonNode> breakIt, String what) {
    assertTrue(Schemas.validate(document).isEmpty(), document + " itself must be valid");
    JsonNode copy = document.node().deepCopy();
    breakIt.accept(copy);
    YamlDocument broken = new YamlDocument(document.source(), document.index(), copy);
    assertFalse(
        Schemas.validate(broken).isEmpty(), what + " of " + document + " passed validation");
  }

  private static boolean valid(String composeText) {
    List<YamlDocument> documents = Repository.parse("docker/compose.yaml", composeText);
    assertEquals(1, documents.size());
    return Schemas.validate(documents.get(0)).isEmpty();
  }

  private static boolean validAll(String manifests) {
    return Repository.parse("deploy/kubernetes/copy.yaml", manifests).stream()
        .allMatch(document -> Schemas.validate(document).isEmpty());
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, "the file no longer contains: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
