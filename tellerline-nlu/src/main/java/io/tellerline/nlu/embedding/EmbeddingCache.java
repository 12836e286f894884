package io.tellerline.nlu.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Keeps the embeddings of a whole list of texts in a directory, keyed by the encoder and the texts'
 * SHA-256, so that repeated evaluations of the same data skip the slowest step. Development aid for
 * the command line; the application never uses it.
 */
public final class EmbeddingCache {

  private final Path directory;

  public EmbeddingCache(Path directory) {
    this.directory = directory;
  }

  public float[][] encodeAll(SentenceEncoder encoder, List<String> texts, IntConsumer progress) {
    Path file = directory.resolve(key(encoder, texts) + ".embeddings");
    try {
      if (Files.exists(file)) {
        return read(file, texts.size());
      }
      float[][] vectors = encoder.encodeAll(texts, progress);
      Files.createDirectories(directory);
      write(file, vectors);
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(SentenceEncoder encoder, List<String> texts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(encoder.modelId().getBytes(StandardCharsets.UTF_8));
      for (String text : texts) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static float[][] read(Path file, int count) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      float[][] vectors = new float[count][];
      int dimensions = in.readInt();
      for (int i = 0; i < count; i++) {
        vectors[i] = new float[dimensions];
        for (int j = 0; j < dimensions; j++) {
          vectors[i][j] = in.readFloat();
        }
      }
      return vectors;
    }
  }

  private static void write(Path file, float[][] vectors) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(vectors[0].length);
      for (float[] vector : vectors) {
        for (float v : vector) {
          out.writeFloat(v);
        }
      }
    }
  }
}
