package io.tellerline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes: no source file of tellerline-core over {@value #MAX_LINES} lines (issue 15). A
 * class that grows past it is split by what it does, not by moving lines around.
 */
class ClassSizeTest {

  static final int MAX_LINES = 300;

  @Test
  void noClassOfTheCoreIsOverThreeHundredLines() throws IOException {
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> tooLong =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> lines(file) > MAX_LINES)
              .map(file -> sources.relativize(file) + " (" + lines(file) + " lines)")
              .sorted()
              .toList();
      assertEquals(List.of(), tooLong);
    }
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
