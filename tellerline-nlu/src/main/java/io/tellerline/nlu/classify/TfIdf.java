package io.tellerline.nlu.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A vocabulary with inverse document frequencies, turning feature lists into unit-length sparse
 * TF-IDF vectors (sublinear term frequency). Features never seen in training are ignored.
 */
final class TfIdf {

  /** Sparse vector: ascending feature indices and their values. */
  record Vector(int[] indices, float[] values) {}

  private final Map<String, Integer> index;
  private final float[] idf;

  private TfIdf(Map<String, Integer> index, float[] idf) {
    this.index = index;
    this.idf = idf;
  }

  static TfIdf fit(List<List<String>> documents) {
    Map<String, Integer> frequency = new HashMap<>();
    for (List<String> document : documents) {
      for (String feature : new HashSet<>(document)) {
        frequency.merge(feature, 1, Integer::sum);
      }
    }
    // Sorted, so that the same data always gives the same indices (and the same model).
    List<String> names = List.copyOf(new TreeSet<>(frequency.keySet()));
    Map<String, Integer> index = new HashMap<>();
    float[] idf = new float[names.size()];
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
      idf[i] =
          (float) (Math.log((1.0 + documents.size()) / (1.0 + frequency.get(names.get(i)))) + 1);
    }
    return new TfIdf(index, idf);
  }

  int size() {
    return idf.length;
  }

  Vector vector(List<String> features) {
    // Known feature indices, sorted: equal indices are then runs (their counts), in the ascending
    // order the norm is summed in.
    int[] known = new int[features.size()];
    int n = 0;
    for (String feature : features) {
      Integer i = index.get(feature);
      if (i != null) {
        known[n++] = i;
      }
    }
    java.util.Arrays.sort(known, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || known[i] != known[i - 1]) {
        distinct++;
      }
    }
    int[] indices = new int[distinct];
    float[] values = new float[distinct];
    double norm = 0;
    int k = 0;
    for (int i = 0; i < n; ) {
      int feature = known[i];
      int count = 0;
      while (i < n && known[i] == feature) {
        count++;
        i++;
      }
      double v = (1 + Math.log(count)) * idf[feature];
      indices[k] = feature;
      values[k++] = (float) v;
      norm += v * v;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < values.length; i++) {
      values[i] *= scale;
    }
    return new Vector(indices, values);
  }

  void write(DataOutputStream out) throws IOException {
    String[] names = new String[idf.length];
    index.forEach((name, i) -> names[i] = name);
    out.writeInt(names.length);
    for (int i = 0; i < names.length; i++) {
      out.writeUTF(names[i]);
      out.writeFloat(idf[i]);
    }
  }

  static TfIdf read(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, Integer> index = new HashMap<>(n * 2);
    float[] idf = new float[n];
    for (int i = 0; i < n; i++) {
      index.put(in.readUTF(), i);
      idf[i] = in.readFloat();
    }
    return new TfIdf(index, idf);
  }
}
