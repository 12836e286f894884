package io.tellerline.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarTextGroupsTest {

  private static final Map<String, float[]> VECTORS =
      Map.of(
          "pizza", unit(1, 0, 0),
          "pizza with pineapple", unit(0.95f, 0.31f, 0),
          "weather", unit(0, 1, 0),
          "rain", unit(0, 0.9f, 0.44f),
          "cheese", unit(0.6f, 0, 0.8f));

  @Test
  void similarTextsJoinTheFirstGroupWhoseLeaderIsCloseEnough() {
    List<List<String>> groups =
        SimilarTextGroups.of(
            List.of("pizza", "weather", "pizza with pineapple", "rain", "cheese"),
            VECTORS::get,
            0.8);
    assertEquals(
        List.of(
            List.of("pizza", "pizza with pineapple"),
            List.of("weather", "rain"),
            List.of("cheese")),
        groups);
  }

  @Test
  void theThresholdDecides() {
    List<String> items = List.of("pizza", "pizza with pineapple", "cheese");
    assertEquals(3, SimilarTextGroups.of(items, VECTORS::get, 0.99).size(), "all apart");
    assertEquals(1, SimilarTextGroups.of(items, VECTORS::get, 0.5).size(), "all together");
  }

  @Test
  void comparesWithTheLeaderNotTheLastMember() {
    // b is close to a and c to b, but c is far from a: greedy grouping keeps c apart.
    Map<String, float[]> chain =
        Map.of("a", unit(1, 0, 0), "b", unit(0.8f, 0.6f, 0), "c", unit(0.28f, 0.96f, 0));
    assertEquals(
        List.of(List.of("a", "b"), List.of("c")),
        SimilarTextGroups.of(List.of("a", "b", "c"), chain::get, 0.75));
  }

  @Test
  void vectorsOfDifferentLengthAreNotSimilarAndNothingGivesNoGroups() {
    assertEquals(0.0, SimilarTextGroups.cosine(new float[] {1}, new float[] {1, 0}));
    assertEquals(List.of(), SimilarTextGroups.of(List.<String>of(), VECTORS::get, 0.8));
  }

  private static float[] unit(float x, float y, float z) {
    float length = (float) Math.sqrt(x * x + y * y + z * z);
    return new float[] {x / length, y / length, z / length};
  }
}
