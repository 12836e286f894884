package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a schema cannot see: the deployment files set exactly what the application reads, everything
 * its production gate demands, and take every secret from a placeholder that exists (and that the
 * gate would refuse if it were left in place).
 */
class ConfigurationAgreementTest {

  /** Not the application's settings, but set on its container for a stated reason. */
  private static final Set<String> CONTAINER_ONLY = Set.of("POD_NAME", "POD_NAMESPACE");

  /** The mark every published development value carries; the production gate refuses it. */
  private static final String PLACEHOLDER_MARK = "dev-only";

  private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)");

  private final Manifests manifests = new Manifests();
  private static final ApplicationSources application = new ApplicationSources();

  @Test
  void theSourcesYieldTheKeysTheChecksRelyOn() {
    // Guards the scan itself: if it found nothing, every "is read" check below would be vacuous.
    assertTrue(application.environmentNames().contains("TELLERLINE_OIDC_ISSUER"));
    assertTrue(application.environmentNames().contains("TELLERLINE_DB_URL"));
    assertTrue(application.reads("TELLERLINE_STEP_UP_MAX_AGE_TRANSFER_MONEY"));
    assertFalse(application.reads("TELLERLINE_OIDC_ISSUER_URL"));
    assertTrue(ApplicationSources.productionGateSettings().contains("TELLERLINE_DB_PASSWORD"));
  }

  @Test
  void everyVariableOnTheApplicationContainersIsOneTheApplicationReads() {
    Map<String, Set<String>> unread = new LinkedHashMap<>();
    unread.put("kubernetes", unread(Manifests.env(manifests.appContainer()).keySet()));
    unread.put("compose", unread(manifests.composeEnv(Manifests.APP).keySet()));
    assertEquals(Map.of("kubernetes", Set.of(), "compose", Set.of()), unread);
  }

  @Test
  void theContainerOnlyVariablesAreUsedInTheArguments() {
    String args = manifests.appContainer().path("args").toString();
    for (String name : CONTAINER_ONLY) {
      assertTrue(args.contains("$(" + name + ")"), name + " is set but no argument uses it");
    }
  }

  @Test
  void everySettingTheProductionGateNamesIsSetAndTheProfileIsProduction() {
    Set<String> demanded = ApplicationSources.productionGateSettings();
    for (Map<String, String> env :
        java.util.List.of(
            Manifests.env(manifests.appContainer()), manifests.composeEnv(Manifests.APP))) {
      Set<String> missing = new TreeSet<>(demanded);
      missing.removeAll(env.keySet());
      assertEquals(Set.of(), missing, "settings the production gate names but the files leave out");
      assertEquals("production", env.get("TELLERLINE_PROFILE"));
      assertEquals("false", env.get("TELLERLINE_DEMO_DATA"));
      assertTrue(env.get("TELLERLINE_OIDC_ISSUER").startsWith("https://"), "issuer must be https");
    }
    assertEquals(
        "tellerline_owner",
        manifests.composeEnv(Manifests.APP).get("TELLERLINE_DB_MIGRATION_USER"));
    assertNotEquals(
        manifests.composeEnv(Manifests.APP).get("TELLERLINE_DB_USER"),
        manifests.composeEnv(Manifests.APP).get("TELLERLINE_DB_MIGRATION_USER"));
    assertNotEquals(
        placeholders().get("tellerline-db-app").get("username"),
        placeholders().get("tellerline-db-owner").get("username"),
        "the application's role would own the audit log");
  }

  @Test
  void noSecretIsWrittenIntoTheManifests() {
    Set<String> secretNames = new TreeSet<>();
    for (String name : ApplicationSources.productionGateSettings()) {
      if (name.endsWith("PASSWORD") || name.endsWith("SECRET") || name.endsWith("TOKEN")) {
        secretNames.add(name);
      }
    }
    Map<String, String> kubernetes = Manifests.env(manifests.appContainer());
    Map<String, String> compose = manifests.composeEnv(Manifests.APP);
    for (String name : secretNames) {
      assertEquals(null, kubernetes.get(name), name + " must come from a Secret");
      assertTrue(compose.get(name).startsWith("${"), name + " must come from docker/.env");
    }
  }

  @Test
  void everySecretTheKubernetesManifestsReadExistsAsAPlaceholderWithThatKey() {
    Map<String, Map<String, String>> placeholders = placeholders();
    Set<String> operatorMade = new TreeSet<>();
    manifests.ofKind("Cluster").forEach(cluster -> operatorMade.add(cluster.name() + "-ca"));
    Set<String> problems = new TreeSet<>();
    for (YamlDocument document : manifests.kubernetes) {
      collectSecretReferences(
          document.node(),
          (name, key) -> {
            if (operatorMade.contains(name)) {
              return;
            }
            if (!placeholders.containsKey(name)) {
              problems.add(document + " reads Secret " + name + ", which has no placeholder");
            } else if (key != null && !placeholders.get(name).containsKey(key)) {
              problems.add(
                  document + " reads key " + key + " of Secret " + name + ": no placeholder");
            }
          });
    }
    assertEquals(Set.of(), problems);
    assertTrue(operatorMade.contains("tellerline-db-ca"));
  }

  @Test
  void everySecretPlaceholderIsMarkedSoThatProductionRefusesIt() {
    placeholders()
        .forEach(
            (secret, values) ->
                values.forEach(
                    (key, value) -> {
                      if (!key.equals("username") || secret.equals("keycloak-bootstrap-admin")) {
                        assertTrue(
                            value.contains(PLACEHOLDER_MARK), secret + "/" + key + " is unmarked");
                      }
                    }));
  }

  @Test
  void everyComposeVariableHasAPlaceholderInEnvExample() {
    Map<String, String> example = envExample();
    Set<String> used = new TreeSet<>();
    for (String file : java.util.List.of("docker/compose.yaml", "docker/haproxy/haproxy.cfg")) {
      Matcher matcher = COMPOSE_VARIABLE.matcher(Repository.read(file));
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
    }
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(example.keySet());
    assertEquals(Set.of(), missing, "variables docker/.env.example does not name");
    example.forEach(
        (name, value) -> {
          boolean secret =
              name.contains("PASSWORD")
                  || name.contains("SECRET")
                  || name.contains("TOKEN")
                  || name.contains("USERNAME");
          if (secret) {
            assertTrue(value.contains(PLACEHOLDER_MARK), name + " in .env.example is unmarked");
          }
        });
    String gitignore = Repository.read(".gitignore");
    assertTrue(gitignore.contains("docker/.env\n") && gitignore.contains("docker/secrets/\n"));
  }

  @Test
  void theComposeSecretFilesLiveInTheIgnoredFolder() {
    manifests
        .compose
        .path("secrets")
        .propertyStream()
        .forEach(
            secret ->
                assertTrue(
                    secret.getValue().path("file").asString().startsWith("./secrets/"),
                    secret.getKey() + " must be a file in docker/secrets/"));
  }

  @Test
  void theRealmConfigMapIsMadeByADocumentedCommand() {
    String readme = Repository.read("deploy/kubernetes/README.md");
    for (YamlDocument deployment : manifests.ofKind("Deployment")) {
      for (JsonNode volume : deployment.node().at("/spec/template/spec/volumes").values()) {
        JsonNode configMap = volume.path("configMap");
        if (!configMap.isMissingNode()) {
          String name = configMap.path("name").asString();
          assertTrue(
              readme.contains("create configmap " + name)
                  || manifests.find("ConfigMap", name).isPresent(),
              "ConfigMap " + name + " is neither a manifest nor made by a documented command");
        }
      }
    }
  }

  @Test
  void theDatabaseInitScriptMakesTheRolesAndDatabasesComposeConnectsWith() {
    String script = Repository.read("docker/postgres-init/10-roles.sh");
    Map<String, String> app = manifests.composeEnv(Manifests.APP);
    Map<String, String> keycloak = manifests.composeEnv("keycloak");
    for (String role :
        List.of(
            app.get("TELLERLINE_DB_USER"),
            app.get("TELLERLINE_DB_MIGRATION_USER"),
            keycloak.get("KC_DB_USERNAME"))) {
      assertTrue(script.contains("create role " + role + " login nosuperuser"), role);
    }
    assertTrue(
        script.contains(
            "create database tellerline owner " + app.get("TELLERLINE_DB_MIGRATION_USER")));
    assertTrue(app.get("TELLERLINE_DB_URL").endsWith("/tellerline"));
    assertTrue(keycloak.get("KC_DB_URL").endsWith("/keycloak"));
    assertTrue(script.contains("create database keycloak owner " + keycloak.get("KC_DB_USERNAME")));
    // The passwords the script reads are the ones the applications connect with.
    Map<String, String> postgres = manifests.composeEnv("postgres");
    Matcher used = Pattern.compile("\\$([A-Z_]+_PASSWORD)\\b").matcher(script);
    Set<String> read = new TreeSet<>();
    while (used.find()) {
      read.add(used.group(1));
    }
    assertEquals(
        Set.of(
            "TELLERLINE_DB_OWNER_PASSWORD", "TELLERLINE_DB_APP_PASSWORD", "KEYCLOAK_DB_PASSWORD"),
        read);
    assertEquals(
        app.get("TELLERLINE_DB_MIGRATION_PASSWORD"), postgres.get("TELLERLINE_DB_OWNER_PASSWORD"));
    assertEquals(app.get("TELLERLINE_DB_PASSWORD"), postgres.get("TELLERLINE_DB_APP_PASSWORD"));
    assertEquals(keycloak.get("KC_DB_PASSWORD"), postgres.get("KEYCLOAK_DB_PASSWORD"));
  }

  private Set<String> unread(Set<String> names) {
    Set<String> unread = new TreeSet<>();
    for (String name : names) {
      if (!CONTAINER_ONLY.contains(name) && !application.reads(name)) {
        unread.add(name);
      }
    }
    return unread;
  }

  private Map<String, Map<String, String>> placeholders() {
    Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    for (YamlDocument secret : manifests.secretPlaceholders) {
      Map<String, String> values = Manifests.stringMap(secret.node().path("stringData"));
      values.putAll(Manifests.stringMap(secret.node().path("data")));
      secrets.put(secret.name(), values);
    }
    return secrets;
  }

  private static Map<String, String> envExample() {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Repository.read("docker/.env.example").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("=", 2);
        values.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
      }
    }
    return values;
  }

  /** Every Secret a Kubernetes object refers to, with the key where one is named. */
  private static void collectSecretReferences(
      JsonNode node, java.util.function.BiConsumer<String, String> reference) {
    if (node.isObject()) {
      JsonNode keyRef = node.get("secretKeyRef");
      if (keyRef != null) {
        reference.accept(keyRef.path("name").asString(), keyRef.path("key").asString());
      }
      JsonNode secretName = node.get("secretName");
      if (secretName != null && secretName.isString()) {
        reference.accept(secretName.stringValue(), null);
      }
      for (String field : java.util.List.of("secret", "passwordSecret", "superuserSecret")) {
        JsonNode secret = node.get(field);
        if (secret != null && secret.has("name") && !secret.has("secretName")) {
          reference.accept(secret.path("name").asString(), null);
        }
      }
    }
    for (JsonNode child : node.values()) {
      collectSecretReferences(child, reference);
    }
  }
}
