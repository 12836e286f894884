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

  private final float[][] vectors;
  private final int[] labels;
  private final int classes;
  private final int k;
  private final double temperature;

  public NearestNeighbours(
      float[][] vectors, int[] labels, int classes, int k, double temperature) {
    this.vectors = vectors;
    this.labels = labels;
    this.classes = classes;
    this.k = k;
    this.temperature = temperature;
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
    int size = Math.min(k, vectors.length);
    int[] index = new int[size];
    double[] similarity = new double[size];
    java.util.Arrays.fill(similarity, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < vectors.length; i++) {
      double s = dot(vectors[i], query);
      if (s > similarity[size - 1]) {
        int at = size - 1;
        while (at > 0 && similarity[at - 1] < s) {
          similarity[at] = similarity[at - 1];
          index[at] = index[at - 1];
          at--;
        }
        similarity[at] = s;
        index[at] = i;
      }
    }
    Neighbour[] result = new Neighbour[size];
    for (int i = 0; i < size; i++) {
      result[i] = new Neighbour(index[i], labels[index[i]], similarity[i]);
    }
    return result;
  }

  private static double dot(float[] a, float[] b) {
    float s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeInt(classes);
    out.writeInt(k);
    out.writeDouble(temperature);
    out.writeInt(vectors.length);
    for (int i = 0; i < vectors.length; i++) {
      out.writeInt(labels[i]);
      Arrays.writeFloats(out, vectors[i]);
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
