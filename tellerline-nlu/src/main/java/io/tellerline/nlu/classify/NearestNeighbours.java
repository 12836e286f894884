package io.tellerline.nlu.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Cosine k-nearest-neighbour vote over the training embeddings (unit vectors, so cosine = dot
 * product). Neighbours vote with weight exp(similarity / temperature); the nearest ones explain the
 * decision.
 */
public final class NearestNeighbours {

  /** One training example close to the message. */
  public record Neighbour(int index, int label, double similarity) {}

  /** The vote and who cast it. */
  public record Vote(double[] probabilities, Neighbour[] neighbours) {}

  /**
   * The training vectors column by column: {@code columns[j][i]} is dimension j of vector i. The
   * similarities of all vectors then grow one dimension at a time, a loop without a running sum
   * that the JIT compiles to SIMD instructions; each similarity still adds its products in
   * dimension order, so the result is the same as one dot product after the other.
   */
  private final float[][] columns;

  private final int size;
  private final int[] labels;
  private final int classes;
  private final int k;
  private final double temperature;

  public NearestNeighbours(
      float[][] vectors, int[] labels, int classes, int k, double temperature) {
    this.size = vectors.length;
    int d = vectors.length == 0 ? 0 : vectors[0].length;
    this.columns = new float[d][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < d; j++) {
        columns[j][i] = vectors[i][j];
      }
    }
    this.labels = labels;
    this.classes = classes;
    this.k = k;
    this.temperature = temperature;
  }

  /** Training vector {@code i} as it was given (to reuse embeddings when training again). */
  public float[] vector(int i) {
    float[] vector = new float[columns.length];
    for (int j = 0; j < columns.length; j++) {
      vector[j] = columns[j][i];
    }
    return vector;
  }

  public Vote vote(float[] query) {
    Neighbour[] best = nearest(query);
    double[] p = new double[classes];
    double total = 0;
    for (Neighbour n : best) {
      double w = Math.exp((n.similarity() - best[0].similarity()) / temperature);
      p[n.label()] += w;
      total += w;
    }
    for (int c = 0; c < classes; c++) {
      p[c] /= total;
    }
    return new Vote(p, best);
  }

  private Neighbour[] nearest(float[] query) {
    float[] similarities = similarities(query);
    int top = Math.min(k, size);
    int[] index = new int[top];
    double[] similarity = new double[top];
    java.util.Arrays.fill(similarity, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < size; i++) {
      double s = similarities[i];
      if (s > similarity[top - 1]) {
        int at = top - 1;
        while (at > 0 && similarity[at - 1] < s) {
          similarity[at] = similarity[at - 1];
          index[at] = index[at - 1];
          at--;
        }
        similarity[at] = s;
        index[at] = i;
      }
    }
    Neighbour[] result = new Neighbour[top];
    for (int i = 0; i < top; i++) {
      result[i] = new Neighbour(index[i], labels[index[i]], similarity[i]);
    }
    return result;
  }

  /** Dot product of the query with every training vector. */
  float[] similarities(float[] query) {
    float[] s = new float[size];
    for (int j = 0; j < columns.length; j++) {
      float q = query[j];
      float[] column = columns[j];
      for (int i = 0; i < size; i++) {
        s[i] += column[i] * q;
      }
    }
    return s;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(k);
    out.writeDouble(temperature);
    out.writeInt(size);
    float[] vector = new float[columns.length];
    for (int i = 0; i < size; i++) {
      out.writeInt(labels[i]);
      for (int j = 0; j < vector.length; j++) {
        vector[j] = columns[j][i];
      }
      Arrays.writeFloats(out, vector);
    }
  }

  public static NearestNeighbours read(DataInputStream in) throws IOException {
    int classes = in.readInt();
    int k = in.readInt();
    double temperature = in.readDouble();
    int n = in.readInt();
    float[][] vectors = new float[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = in.readInt();
      vectors[i] = Arrays.readFloats(in);
    }
    return new NearestNeighbours(vectors, labels, classes, k, temperature);
  }
}
