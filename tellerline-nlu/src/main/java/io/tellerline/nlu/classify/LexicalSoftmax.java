package io.tellerline.nlu.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression on sparse TF-IDF vectors of {@link LexicalFeatures}: the part of
 * the intent model that reads German as well as English. Trained by per-example AdaGrad with an L2
 * penalty on the weights a message touches (sparse updates keep an epoch cheap). Deterministic: a
 * seeded shuffle and single-threaded updates.
 */
public final class LexicalSoftmax {

  /** Training settings. */
  public record Settings(int epochs, double l2, double learningRate, long seed) {
    public static Settings defaults() {
      return new Settings(40, 1e-6, 0.3, 42);
    }
  }

  private final TfIdf vocabulary;
  private final int classes;
  private final float[] weights; // feature-major: [feature * classes + class]; bias after features

  private LexicalSoftmax(TfIdf vocabulary, int classes, float[] weights) {
    this.vocabulary = vocabulary;
    this.classes = classes;
    this.weights = weights;
  }

  public static LexicalSoftmax train(List<String> texts, int[] y, int classes, Settings settings) {
    List<List<String>> features = texts.stream().map(LexicalFeatures::of).toList();
    TfIdf vocabulary = TfIdf.fit(features);
    TfIdf.Vector[] x = features.stream().map(vocabulary::vector).toArray(TfIdf.Vector[]::new);
    int bias = vocabulary.size() * classes;
    double[] w = new double[bias + classes];
    double[] squares = new double[w.length];
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    double[] p = new double[classes];
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int n : order) {
        scores(w, x[n], classes, bias, p);
        SoftmaxRegression.softmaxInPlace(p);
        p[y[n]] -= 1;
        TfIdf.Vector xn = x[n];
        for (int j = 0; j < xn.indices().length; j++) {
          int base = xn.indices()[j] * classes;
          for (int c = 0; c < classes; c++) {
            double g = p[c] * xn.values()[j] + settings.l2() * w[base + c];
            squares[base + c] += g * g;
            w[base + c] -= settings.learningRate() * g / (Math.sqrt(squares[base + c]) + 1e-8);
          }
        }
        for (int c = 0; c < classes; c++) {
          squares[bias + c] += p[c] * p[c];
          w[bias + c] -= settings.learningRate() * p[c] / (Math.sqrt(squares[bias + c]) + 1e-8);
        }
      }
    }
    float[] weights = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      weights[i] = (float) w[i];
    }
    return new LexicalSoftmax(vocabulary, classes, weights);
  }

  /** Probabilities indexed by the model's labels. */
  public double[] probabilities(String text) {
    double[] p = new double[classes];
    float[] w = weights;
    int bias = vocabulary.size() * classes;
    TfIdf.Vector x = vocabulary.vector(LexicalFeatures.of(text));
    for (int c = 0; c < classes; c++) {
      p[c] = w[bias + c];
    }
    for (int j = 0; j < x.indices().length; j++) {
      int base = x.indices()[j] * classes;
      for (int c = 0; c < classes; c++) {
        p[c] += w[base + c] * x.values()[j];
      }
    }
    SoftmaxRegression.softmaxInPlace(p);
    return p;
  }

  public void write(DataOutputStream out) throws IOException {
    vocabulary.write(out);
    out.writeInt(classes);
    Arrays.writeFloats(out, weights);
  }

  public static LexicalSoftmax read(DataInputStream in) throws IOException {
    TfIdf vocabulary = TfIdf.read(in);
    int classes = in.readInt();
    return new LexicalSoftmax(vocabulary, classes, Arrays.readFloats(in));
  }

  private static void scores(double[] w, TfIdf.Vector x, int classes, int bias, double[] out) {
    for (int c = 0; c < classes; c++) {
      out[c] = w[bias + c];
    }
    for (int j = 0; j < x.indices().length; j++) {
      int base = x.indices()[j] * classes;
      for (int c = 0; c < classes; c++) {
        out[c] += w[base + c] * x.values()[j];
      }
    }
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
