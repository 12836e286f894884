package io.tellerline.platform.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class BenchDatabaseTest {

  @Test
  void theFirstThreeArgumentsNameTheDatabaseAndTheRestAreTheBenchmarks() {
    String[] args = {"jdbc:postgresql://127.0.0.1:5432/tellerline_bench", "postgres", "", "200000"};

    assertEquals(
        new BenchDatabase("jdbc:postgresql://127.0.0.1:5432/tellerline_bench", "postgres", ""),
        BenchDatabase.fromArguments(args));
  }

  @Test
  void itsTextLeavesThePasswordOut() {
    assertFalse(
        new BenchDatabase("jdbc:postgresql:bench", "bench", "s3cret")
            .toString()
            .contains("s3cret"));
  }
}
