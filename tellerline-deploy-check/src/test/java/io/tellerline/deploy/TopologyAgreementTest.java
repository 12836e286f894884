package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pieces fit together: images agree between compose, Kubernetes, the Dockerfiles and the pom;
 * probes and health checks ask the paths and port the server serves; the data grid's discovery
 * finds a service that exists and may read what it needs; selectors select pods that exist; the
 * application connects to the database cluster's primary.
 */
class TopologyAgreementTest {

  /** Payara's MicroProfile Health endpoints (the integration tests wait on /health/ready). */
  private static final Set<String> HEALTH_PATHS =
      Set.of("/health/ready", "/health/live", "/health/started");

  private final Manifests manifests = new Manifests();
  private final String pom = Repository.read("pom.xml");
  private final String microDockerfile = Repository.read("docker/Dockerfile.micro");

  @Test
  void imagesAgreeBetweenComposeKubernetesDockerfilesAndThePom() {
    String appImage = manifests.appContainer().path("image").asString();
    assertEquals(appImage, manifests.composeService(Manifests.APP).path("image").asString());
    String version = pomValue("version").replace("-SNAPSHOT", "");
    assertTrue(appImage.endsWith(":" + version), appImage + " is not tagged " + version);

    String keycloak = "quay.io/keycloak/keycloak:" + pomValue("keycloak.version");
    assertEquals(keycloak, manifests.composeService("keycloak").path("image").asString());
    assertEquals(
        keycloak,
        Manifests.container(manifests.named("Deployment", "keycloak"), "keycloak")
            .path("image")
            .asString());

    String payara = pomValue("payara.version");
    assertTrue(microDockerfile.contains("\nFROM payara/micro:" + payara + "-jdk17\n"));
    assertTrue(
        Repository.read("docker/Dockerfile").contains("\nFROM payara/server-full:" + payara + "-"));
  }

  @Test
  void theDockerfilesCopyWhatTheModulesBuildAndRunAsNonRootInProduction() {
    String micro = Repository.read("tellerline-micro/pom.xml");
    assertTrue(micro.contains("<packaging>war</packaging>"));
    assertTrue(micro.contains("<finalName>tellerline</finalName>"));
    assertTrue(
        microDockerfile.contains(
            "COPY --chown=payara:payara tellerline-micro/target/tellerline.war "));

    String ear = Repository.read("tellerline-ear/pom.xml");
    assertTrue(ear.contains("<packaging>ear</packaging>"));
    assertTrue(ear.contains("<finalName>tellerline</finalName>"));
    String serverDockerfile = Repository.read("docker/Dockerfile");
    assertTrue(serverDockerfile.contains("tellerline-ear/target/tellerline.ear"));

    for (String dockerfile : List.of(microDockerfile, serverDockerfile)) {
      assertEquals("payara", lastInstruction(dockerfile, "USER"), "must run as the non-root user");
      assertTrue(dockerfile.contains("TELLERLINE_PROFILE=production"));
      assertTrue(dockerfile.contains("TELLERLINE_DEMO_DATA=false"));
    }
    JsonNode security =
        manifests.named("Deployment", Manifests.APP).node().at("/spec/template/spec");
    assertTrue(security.at("/securityContext/runAsNonRoot").asBoolean());
    assertTrue(manifests.appContainer().at("/securityContext/readOnlyRootFilesystem").asBoolean());
    assertTrue(manifests.composeService(Manifests.APP).path("read_only").asBoolean());
  }

  @Test
  void theBuildContextLetsThroughExactlyWhatTheDockerfilesCopy() {
    Set<String> copied = new TreeSet<>();
    for (String dockerfile : List.of(microDockerfile, Repository.read("docker/Dockerfile"))) {
      Matcher copy = Pattern.compile("(?m)^COPY (?:--\\S+ )*(\\S+) ").matcher(dockerfile);
      while (copy.find()) {
        copied.add(copy.group(1));
      }
    }
    Set<String> allowed = new TreeSet<>();
    List<String> lines = List.of(Repository.read(".dockerignore").split("\n"));
    assertTrue(lines.contains("*"), ".dockerignore must exclude everything by default");
    for (String line : lines) {
      if (line.startsWith("!")) {
        allowed.add(line.substring(1));
      }
    }
    assertEquals(copied, allowed);
  }

  @Test
  void probesAndHealthChecksAskServedPathsOnTheServedPort() {
    assertTrue(
        ApplicationSources.declaresReadinessCheck(), "/health/ready would ignore the database");
    JsonNode app = manifests.appContainer();
    int httpPort = containerPort(app, "http");
    assertEquals(8080, httpPort);
    assertTrue(microDockerfile.contains("EXPOSE 8080 6900"));
    assertTrue(app.path("args").toString().contains("\"--port\",\"" + httpPort + "\""));
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      JsonNode httpGet = app.path(probe).path("httpGet");
      assertTrue(HEALTH_PATHS.contains(httpGet.path("path").asString()), probe + " path");
      assertEquals("http", httpGet.path("port").asString(), probe + " port");
    }
    assertEquals("/health/ready", app.at("/readinessProbe/httpGet/path").asString());
    String haproxy = Repository.read("docker/haproxy/haproxy.cfg");
    assertTrue(
        haproxy.contains("http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host "),
        "HAProxy must check over HTTP/1.1 with a Host header (Payara hangs on HTTP/1.0 without)");
    assertTrue(haproxy.contains("server-template tl 3 tellerline:" + httpPort + " check"));
    assertTrue(microDockerfile.contains("for path in /health/ready /; do"));
  }

  @Test
  void theDataGridDiscoveryFindsAHeadlessServiceItMayRead() {
    JsonNode args = manifests.appContainer().path("args");
    String mode = argumentAfter(args, "--clustermode");
    Matcher kubernetes = Pattern.compile("kubernetes:\\$\\(POD_NAMESPACE\\),(.+)").matcher(mode);
    assertTrue(kubernetes.matches(), "Payara Micro's form is kubernetes:<namespace>,<service>");
    YamlDocument service = manifests.named("Service", kubernetes.group(1));
    assertEquals("None", service.node().at("/spec/clusterIP").asString(), "must be headless");
    assertEquals(6900, service.node().at("/spec/ports/0/port").asInt());
    assertEquals(6900, containerPort(manifests.appContainer(), "hazelcast"));

    String account =
        manifests
            .named("Deployment", Manifests.APP)
            .node()
            .at("/spec/template/spec/serviceAccountName")
            .asString();
    Set<String> granted = new TreeSet<>();
    for (YamlDocument binding : manifests.ofKind("RoleBinding")) {
      boolean toAccount =
          binding.node().path("subjects").values().stream()
              .anyMatch(s -> account.equals(s.path("name").asString()));
      if (toAccount) {
        YamlDocument role = manifests.named("Role", binding.node().at("/roleRef/name").asString());
        for (JsonNode rule : role.node().path("rules").values()) {
          if (rule.path("verbs").toString().contains("\"list\"")) {
            rule.path("resources").values().forEach(r -> granted.add(r.asString()));
          }
        }
      }
    }
    assertTrue(
        granted.containsAll(Set.of("pods", "endpoints", "endpointslices")), granted.toString());

    assertEquals(
        "dns:tellerline:6900",
        argumentAfter(manifests.composeService(Manifests.APP).path("command"), "--clustermode"));
  }

  @Test
  void everySelectorSelectsPodsThatExist() {
    Map<String, Map<String, String>> pods = manifests.podLabels();
    Set<String> problems = new TreeSet<>();
    for (YamlDocument document : manifests.kubernetes) {
      JsonNode selector =
          switch (document.kind()) {
            case "Service" -> document.node().at("/spec/selector");
            case "PodDisruptionBudget" -> document.node().at("/spec/selector/matchLabels");
            case "NetworkPolicy" -> document.node().at("/spec/podSelector/matchLabels");
            default -> null;
          };
      if (selector == null || selector.isMissingNode()) {
        continue; // the default-deny policy selects every pod
      }
      Map<String, String> wanted = Manifests.stringMap(selector);
      boolean matches =
          pods.values().stream()
              .anyMatch(labels -> labels.entrySet().containsAll(wanted.entrySet()));
      if (!matches) {
        problems.add(document + " selects no pod: " + wanted);
      }
    }
    assertEquals(Set.of(), problems);
  }

  @Test
  void ingressBackendsAreServicesWithThatPort() {
    for (JsonNode rule :
        manifests.named("Ingress", Manifests.APP).node().at("/spec/rules").values()) {
      for (JsonNode path : rule.at("/http/paths").values()) {
        JsonNode backend = path.at("/backend/service");
        YamlDocument service = manifests.named("Service", backend.path("name").asString());
        String port = backend.at("/port/name").asString();
        assertTrue(
            service.node().at("/spec/ports").toString().contains("\"name\":\"" + port + "\""));
      }
    }
  }

  @Test
  void theApplicationWritesToTheSynchronouslyReplicatedPrimary() {
    String url = Manifests.env(manifests.appContainer()).get("TELLERLINE_DB_URL");
    Matcher host =
        Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/tellerline\\?.*").matcher(url);
    assertTrue(host.matches(), url + " must name a CloudNativePG read-write service");
    JsonNode cluster = manifests.named("Cluster", host.group(1)).node().path("spec");
    assertTrue(cluster.path("instances").asInt() >= 2, "a standby needs a second instance");
    assertTrue(cluster.at("/postgresql/synchronous/number").asInt() >= 1);
    assertEquals("required", cluster.at("/postgresql/synchronous/dataDurability").asString());
    assertTrue(url.contains("sslmode=verify-full"));

    String composeUrl = manifests.composeEnv(Manifests.APP).get("TELLERLINE_DB_URL");
    String composeHost = composeUrl.replaceFirst("jdbc:postgresql://([a-z0-9-]+):.*", "$1");
    assertTrue(manifests.compose.path("services").has(composeHost), composeUrl);
  }

  @Test
  void theIssuerNamesTheImportedRealmWhichHasTheApplicationsClients() {
    JsonNode realm = Schemas.json(Repository.read("realm-export/tellerline-realm.json"));
    String suffix = "/realms/" + realm.path("realm").asString();
    assertTrue(
        Manifests.env(manifests.appContainer()).get("TELLERLINE_OIDC_ISSUER").endsWith(suffix));
    assertTrue(manifests.composeEnv(Manifests.APP).get("TELLERLINE_OIDC_ISSUER").endsWith(suffix));
    Set<String> clients = new TreeSet<>();
    realm
        .path("clients")
        .values()
        .forEach(client -> clients.add(client.path("clientId").asString()));
    // The application's defaults (README, "Configuration"), which the files leave in place.
    for (String name : Manifests.env(manifests.appContainer()).keySet()) {
      assertTrue(!name.endsWith("_CLIENT_ID") && !name.equals("TELLERLINE_API_AUDIENCE"), name);
    }
    for (String name : manifests.composeEnv(Manifests.APP).keySet()) {
      assertTrue(!name.endsWith("_CLIENT_ID") && !name.equals("TELLERLINE_API_AUDIENCE"), name);
    }
    assertTrue(
        clients.containsAll(
            Set.of(
                "tellerline-api",
                "tellerline-chat",
                "tellerline-console",
                "tellerline-identity-ops")),
        clients.toString());
    assertTrue(
        manifests
            .composeService("keycloak")
            .path("volumes")
            .toString()
            .contains("realm-export/tellerline-realm.json"));
    assertEquals(
        "/opt/keycloak/data/import",
        Manifests.container(manifests.named("Deployment", "keycloak"), "keycloak")
            .at("/volumeMounts/0/mountPath")
            .asString());
  }

  private String pomValue(String element) {
    Matcher matcher = Pattern.compile("<" + Pattern.quote(element) + ">([^<]+)</").matcher(pom);
    assertTrue(matcher.find(), "pom.xml has no " + element);
    return matcher.group(1);
  }

  private static int containerPort(JsonNode container, String name) {
    for (JsonNode port : container.path("ports").values()) {
      if (name.equals(port.path("name").asString())) {
        return port.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no container port named " + name);
  }

  private static String argumentAfter(JsonNode args, String option) {
    List<JsonNode> list = List.copyOf(args.values());
    for (int i = 0; i < list.size() - 1; i++) {
      if (option.equals(list.get(i).asString())) {
        return list.get(i + 1).asString();
      }
    }
    throw new AssertionError("no " + option + " in " + args);
  }

  private static String lastInstruction(String dockerfile, String instruction) {
    String value = null;
    for (String line : dockerfile.split("\n")) {
      if (line.startsWith(instruction + " ")) {
        value = line.substring(instruction.length() + 1).strip();
      }
    }
    return value;
  }
}
