package io.tellerline.nlu.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

  private static final int N = 257;
  private static final int D = 37;

  @Test
  void columnWiseSimilaritiesEqualOneDotProductAfterTheOther() throws IOException {
    Random random = new Random(1);
    float[][] vectors = new float[N][D];
    int[] labels = new int[N];
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < D; j++) {
        vectors[i][j] = (float) random.nextGaussian();
      }
      labels[i] = i % 5;
    }
    float[] query = new float[D];
    for (int j = 0; j < D; j++) {
      query[j] = (float) random.nextGaussian();
    }
    NearestNeighbours knn = new NearestNeighbours(vectors, labels, 5, 7, 0.05);
    float[] similarities = knn.similarities(query);
    int best = 0;
    for (int i = 0; i < N; i++) {
      float s = 0;
      for (int j = 0; j < D; j++) {
        s += vectors[i][j] * query[j];
      }
      assertEquals(s, similarities[i], 0, "bit for bit, vector " + i);
      best = s > similarities[best] ? i : best;
    }
    assertEquals(best, knn.vote(query).neighbours()[0].index());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    knn.write(new DataOutputStream(bytes));
    NearestNeighbours read =
        NearestNeighbours.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertArrayEquals(similarities, read.similarities(query));
  }
}
