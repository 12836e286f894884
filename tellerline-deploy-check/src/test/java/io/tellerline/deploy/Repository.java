package io.tellerline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The repository the deployment files live in, and every YAML document under docker/ and deploy/.
 */
final class Repository {

  static final YAMLMapper YAML = new YAMLMapper();

  private Repository() {}

  static Path root() {
    String configured = System.getProperty("tellerline.repository");
    Path root = configured == null ? Path.of("..") : Path.of(configured);
    return root.toAbsolutePath().normalize();
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static String read(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every .yaml/.yml file under docker/ and deploy/, sorted. */
  static List<Path> deploymentYamlFiles() {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("docker", "deploy")) {
      try (Stream<Path> walk = Files.walk(file(folder))) {
        walk.filter(Files::isRegularFile)
            .filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".yml"))
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.sort(null);
    return files;
  }

  /** All documents of every deployment YAML file. */
  static List<YamlDocument> deploymentDocuments() {
    List<YamlDocument> documents = new ArrayList<>();
    for (Path file : deploymentYamlFiles()) {
      documents.addAll(documents(file));
    }
    return documents;
  }

  static List<YamlDocument> documents(Path file) {
    try {
      return parse(root().relativize(file).toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of one YAML text; an empty document (a trailing ---) is skipped. */
  static List<YamlDocument> parse(String source, String yaml) {
    List<YamlDocument> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      int index = 0;
      while (iterator.hasNext()) {
        JsonNode node = iterator.next();
        if (node != null && !node.isMissingNode() && !node.isNull()) {
          documents.add(new YamlDocument(source, index, node));
        }
        index++;
      }
    }
    return documents;
  }
}
