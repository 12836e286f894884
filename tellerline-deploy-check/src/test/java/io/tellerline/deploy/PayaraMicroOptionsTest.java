package io.tellerline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every Payara Micro option the image, compose and Kubernetes pass is one that Payara Micro of the
 * pom's version lists in its own {@code --help} (options are case-insensitive there).
 */
class PayaraMicroOptionsTest {

  private static final Pattern HELP_OPTION = Pattern.compile("(?m)^(--[a-z]+)\\s");
  private static final Pattern CMD_ARRAY = Pattern.compile("(?m)^CMD \\[(.*)]$");

  private static Set<String> known;

  @BeforeAll
  static void askPayaraMicro(@TempDir Path work) throws Exception {
    Path jar = Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " missing (maven-dependency-plugin copies it)");
    Path output = work.resolve("help.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "--help")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "payara-micro --help did not end");
    known = new TreeSet<>();
    Matcher matcher = HELP_OPTION.matcher(Files.readString(output, StandardCharsets.UTF_8));
    while (matcher.find()) {
      known.add(matcher.group(1));
    }
    assertTrue(known.contains("--clustermode") && known.size() > 30, "help not understood");
  }

  @Test
  void theImagesDefaultArgumentsAreOptionsPayaraMicroHas() {
    Matcher cmd = CMD_ARRAY.matcher(Repository.read("docker/Dockerfile.micro"));
    assertTrue(cmd.find(), "Dockerfile.micro has no CMD [...]");
    List<String> arguments = new ArrayList<>();
    for (String quoted : cmd.group(1).split(",")) {
      arguments.add(quoted.strip().replace("\"", ""));
    }
    assertEquals(Set.of(), unknown(arguments));
  }

  @Test
  void composeAndKubernetesPassOptionsPayaraMicroHas() {
    Manifests manifests = new Manifests();
    assertEquals(
        Set.of(), unknown(strings(manifests.composeService(Manifests.APP).path("command"))));
    assertEquals(Set.of(), unknown(strings(manifests.appContainer().path("args"))));
  }

  @Test
  void aMisspeltOptionIsCaught() {
    assertEquals(Set.of("--clustermod"), unknown(List.of("--clustermod", "dns:x:6900")));
  }

  private static Set<String> unknown(List<String> arguments) {
    Set<String> unknown = new TreeSet<>();
    for (String argument : arguments) {
      if (argument.startsWith("--") && !known.contains(argument.toLowerCase(Locale.ROOT))) {
        unknown.add(argument);
      }
    }
    return unknown;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.values().forEach(value -> strings.add(value.asString()));
    assertTrue(!strings.isEmpty(), "no arguments");
    return strings;
  }
}
