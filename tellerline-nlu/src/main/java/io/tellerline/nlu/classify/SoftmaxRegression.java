package io.tellerline.nlu.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Multinomial logistic regression on standardized sentence embeddings, trained by mini-batch Adam
 * with L2 regularisation. Deterministic: a seeded shuffle and single-threaded updates.
 */
public final class SoftmaxRegression {

  /** Training settings. */
  public record Settings(double l2, int epochs, double learningRate, int batchSize, long seed) {
    public static Settings defaults() {
      return new Settings(1e-5, 30, 0.001, 64, 42);
    }
  }

  private final float[] mean;
  private final float[] scale;
  private final float[][] weights; // classes x (dimensions + 1 bias)

  private SoftmaxRegression(float[] mean, float[] scale, float[][] weights) {
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
  }

  public static SoftmaxRegression train(
      float[][] x, int[] y, int classes, Settings settings, IntConsumer epochDone) {
    int n = x.length;
    int d = x[0].length;
    float[] mean = new float[d];
    float[] scale = new float[d];
    standardization(x, mean, scale);
    float[][] z = new float[n][];
    for (int i = 0; i < n; i++) {
      z[i] = standardize(x[i], mean, scale);
    }
    double[][] w = new double[classes][d + 1];
    double[][] m = new double[classes][d + 1];
    double[][] v = new double[classes][d + 1];
    double[][] grad = new double[classes][d + 1];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    int step = 0;
    double[] p = new double[classes];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int start = 0; start < n; start += settings.batchSize()) {
        int end = Math.min(n, start + settings.batchSize());
        for (double[] row : grad) {
          java.util.Arrays.fill(row, 0);
        }
        for (int b = start; b < end; b++) {
          float[] xi = z[order[b]];
          scores(w, xi, p);
          softmaxInPlace(p);
          p[y[order[b]]] -= 1;
          for (int c = 0; c < classes; c++) {
            double g = p[c];
            if (g == 0) {
              continue;
            }
            double[] gc = grad[c];
            for (int j = 0; j < d; j++) {
              gc[j] += g * xi[j];
            }
            gc[d] += g;
          }
        }
        step++;
        adam(w, grad, m, v, end - start, settings, step);
      }
      epochDone.accept(epoch + 1);
    }
    float[][] weights = new float[classes][d + 1];
    for (int c = 0; c < classes; c++) {
      for (int j = 0; j <= d; j++) {
        weights[c][j] = (float) w[c][j];
      }
    }
    return new SoftmaxRegression(mean, scale, weights);
  }

  public double[] probabilities(float[] x) {
    float[] z = standardize(x, mean, scale);
    double[] p = new double[weights.length];
    int d = z.length;
    for (int c = 0; c < weights.length; c++) {
      float[] wc = weights[c];
      double s = wc[d];
      for (int j = 0; j < d; j++) {
        s += wc[j] * z[j];
      }
      p[c] = s;
    }
    softmaxInPlace(p);
    return p;
  }

  public void write(DataOutputStream out) throws IOException {
    Arrays.writeFloats(out, mean);
    Arrays.writeFloats(out, scale);
    out.writeInt(weights.length);
    for (float[] row : weights) {
      Arrays.writeFloats(out, row);
    }
  }

  public static SoftmaxRegression read(DataInputStream in) throws IOException {
    float[] mean = Arrays.readFloats(in);
    float[] scale = Arrays.readFloats(in);
    float[][] weights = new float[in.readInt()][];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = Arrays.readFloats(in);
    }
    return new SoftmaxRegression(mean, scale, weights);
  }

  private static void adam(
      double[][] w, double[][] grad, double[][] m, double[][] v, int batch, Settings s, int step) {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double correction1 = 1 - Math.pow(beta1, step);
    double correction2 = 1 - Math.pow(beta2, step);
    for (int c = 0; c < w.length; c++) {
      for (int j = 0; j < w[c].length; j++) {
        boolean bias = j == w[c].length - 1;
        double g = grad[c][j] / batch + (bias ? 0 : s.l2() * w[c][j]);
        m[c][j] = beta1 * m[c][j] + (1 - beta1) * g;
        v[c][j] = beta2 * v[c][j] + (1 - beta2) * g * g;
        w[c][j] -=
            s.learningRate() * (m[c][j] / correction1) / (Math.sqrt(v[c][j] / correction2) + 1e-8);
      }
    }
  }

  private static void scores(double[][] w, float[] x, double[] out) {
    int d = x.length;
    for (int c = 0; c < w.length; c++) {
      double[] wc = w[c];
      double s = wc[d];
      for (int j = 0; j < d; j++) {
        s += wc[j] * x[j];
      }
      out[c] = s;
    }
  }

  static void softmaxInPlace(double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : p) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(p[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
  }

  private static void standardization(float[][] x, float[] mean, float[] scale) {
    int d = mean.length;
    double[] sum = new double[d];
    double[] squares = new double[d];
    for (float[] row : x) {
      for (int j = 0; j < d; j++) {
        sum[j] += row[j];
        squares[j] += (double) row[j] * row[j];
      }
    }
    for (int j = 0; j < d; j++) {
      double mu = sum[j] / x.length;
      double variance = Math.max(squares[j] / x.length - mu * mu, 1e-12);
      mean[j] = (float) mu;
      scale[j] = (float) (1 / Math.sqrt(variance));
    }
  }

  private static float[] standardize(float[] x, float[] mean, float[] scale) {
    float[] z = new float[x.length];
    for (int j = 0; j < x.length; j++) {
      z[j] = (x[j] - mean[j]) * scale[j];
    }
    return z;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}
