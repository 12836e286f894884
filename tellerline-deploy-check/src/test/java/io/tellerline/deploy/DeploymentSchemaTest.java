package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every YAML document under docker/ and deploy/ is valid against its schema. */
class DeploymentSchemaTest {

  @TestFactory
  Stream<DynamicTest> everyDocumentIsValidAgainstItsSchema() {
    return Repository.deploymentDocuments().stream()
        .map(
            document ->
                DynamicTest.dynamicTest(
                    document.toString(),
                    () -> {
                      List<Error> errors = Schemas.validate(document);
                      assertTrue(
                          errors.isEmpty(),
                          () ->
                              document
                                  + " is not valid:\n  "
                                  + errors.stream()
                                      .map(Error::toString)
                                      .collect(Collectors.joining("\n  ")));
                    }));
  }

  /** A file that silently fell out of the walk would be a file nobody checks. */
  @Test
  void theWalkFindsTheComposeFileAndEveryKindTheManifestsUse() {
    Set<String> found = new TreeSet<>();
    for (YamlDocument document : Repository.deploymentDocuments()) {
      found.add(document.isCompose() ? "compose" : document.kind());
    }
    assertEquals(
        new TreeSet<>(
            Set.of(
                "compose",
                "Namespace",
                "ServiceAccount",
                "Role",
                "RoleBinding",
                "Deployment",
                "Service",
                "PodDisruptionBudget",
                "Cluster",
                "Ingress",
                "NetworkPolicy",
                "Secret")),
        found);
  }
}
