package io.tellerline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the application's own sources say it reads: MicroProfile Config keys ({@code
 * "tellerline.db.url"}, read from the environment as {@code TELLERLINE_DB_URL}), Payara's {@code
 * ${ENV=NAME}} substitutions, and the settings the production gate names. Read from the sources, so
 * a renamed key breaks these checks instead of leaving a manifest setting a variable nobody reads.
 */
final class ApplicationSources {

  private static final Pattern CONFIG_KEY = Pattern.compile("\"(tellerline\\.[a-z0-9._-]+)\"");
  private static final Pattern ENV_SUBSTITUTION = Pattern.compile("\\$\\{ENV=([A-Z0-9_]+)");
  private static final Pattern GATE_SETTING = Pattern.compile("\"(TELLERLINE_[A-Z0-9_]+)");
  private static final String PRODUCTION_READINESS =
      "tellerline-core/src/main/java/io/tellerline/platform/domain/ProductionReadiness.java";

  private final Set<String> environmentNames = new TreeSet<>();
  private final Set<String> environmentPrefixes = new TreeSet<>();

  ApplicationSources() {
    for (Path file : mainSources()) {
      String text = read(file);
      Matcher key = CONFIG_KEY.matcher(text);
      while (key.find()) {
        String name = environmentName(key.group(1));
        if (key.group(1).endsWith(".")) {
          environmentPrefixes.add(name); // e.g. tellerline.step-up.max-age.<ACTION>
        } else {
          environmentNames.add(name);
        }
      }
      Matcher substitution = ENV_SUBSTITUTION.matcher(text);
      while (substitution.find()) {
        environmentNames.add(substitution.group(1));
      }
    }
  }

  /** MicroProfile Config's environment mapping: non-alphanumerics become '_', then upper case. */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
  }

  boolean reads(String environmentVariable) {
    return environmentNames.contains(environmentVariable)
        || environmentPrefixes.stream().anyMatch(environmentVariable::startsWith);
  }

  Set<String> environmentNames() {
    return environmentNames;
  }

  /** Every setting {@code ProductionReadiness} names: production refuses to start without them. */
  static Set<String> productionGateSettings() {
    Set<String> names = new TreeSet<>();
    Matcher matcher = GATE_SETTING.matcher(Repository.read(PRODUCTION_READINESS));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Whether some main source file declares a MicroProfile readiness check. */
  static boolean declaresReadinessCheck() {
    return mainSources().stream()
        .anyMatch(file -> file.toString().endsWith(".java") && read(file).contains("\n@Readiness"));
  }

  private static java.util.List<Path> mainSources() {
    try (Stream<Path> modules = Files.list(Repository.root())) {
      return modules
          .filter(module -> module.getFileName().toString().startsWith("tellerline-"))
          .map(module -> module.resolve("src/main"))
          .filter(Files::isDirectory)
          .flatMap(ApplicationSources::files)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk
          .filter(Files::isRegularFile)
          .filter(
              path ->
                  path.toString().endsWith(".java")
                      || path.toString().endsWith(".xml")
                      || path.toString().endsWith(".properties"))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
