package io.tellerline.nlu.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Binary encoding of float vectors inside model artifacts. */
final class Arrays {

  private Arrays() {}

  static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (float v : values) {
      out.writeFloat(v);
    }
  }

  static float[] readFloats(DataInputStream in) throws IOException {
    float[] values = new float[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }
}
