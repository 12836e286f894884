package io.tellerline.nlu.classify;

import io.tellerline.nlu.embedding.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model on disk: a zip with {@code manifest.properties} (version, SHA-256 of the training data,
 * every training setting, evaluation figures, encoder, creation time) and {@code model.bin}.
 */
public final class ModelArtifact {

  private static final String MANIFEST = "manifest.properties";
  private static final String MODEL = "model.bin";

  /** 2: a fourth part (lexical), weights as one list per language. */
  private static final int FORMAT = 2;

  private ModelArtifact() {}

  public static void write(
      IntentModel model, String dataSha256, Map<String, String> evaluation, OutputStream target)
      throws IOException {
    Properties manifest = new Properties();
    manifest.setProperty("format", String.valueOf(FORMAT));
    manifest.setProperty("version", model.version());
    manifest.setProperty("trainingData.sha256", dataSha256);
    manifest.setProperty("trainingData.examples", String.valueOf(model.trainingTexts().size()));
    manifest.setProperty("encoder", model.encoder().modelId());
    manifest.setProperty("labels", String.join(",", model.labels().names()));
    manifest.setProperty("createdAt", Instant.now().toString());
    model.settings().describe().forEach((k, v) -> manifest.setProperty("settings." + k, v));
    evaluation.forEach((k, v) -> manifest.setProperty("evaluation." + k, v));
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target))) {
      zip.putNextEntry(new ZipEntry(MANIFEST));
      StringWriter manifestText = new StringWriter();
      manifest.store(manifestText, "Tellerline intent model");
      zip.write(manifestText.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(MODEL));
      DataOutputStream out = new DataOutputStream(zip);
      out.writeUTF(String.valueOf(model.settings().outOfScopeLabel()));
      out.writeDouble(model.settings().minConfidence());
      out.writeInt(model.trainingTexts().size());
      for (String text : model.trainingTexts()) {
        out.writeUTF(text);
      }
      model.regression().write(out);
      model.neighbours().write(out);
      out.writeBoolean(model.maxent() != null);
      if (model.maxent() != null) {
        model.maxent().write(out);
      }
      out.writeBoolean(model.lexical() != null);
      if (model.lexical() != null) {
        model.lexical().write(out);
      }
      out.flush();
      zip.closeEntry();
    }
  }

  public static void write(
      IntentModel model, String dataSha256, Map<String, String> evaluation, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(model, dataSha256, evaluation, out);
    }
  }

  /** Reads a model; the encoder must be the one it was trained with. */
  public static Loaded read(InputStream source, SentenceEncoder encoder) throws IOException {
    Properties manifest = null;
    IntentModel model = null;
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(source))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(MANIFEST)) {
          manifest = new Properties();
          manifest.load(
              new StringReader(
                  new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } else if (entry.getName().equals(MODEL)) {
          if (manifest == null) {
            throw new IOException("model artifact: manifest must come first");
          }
          model = readModel(new DataInputStream(zip), manifest, encoder);
        }
      }
    }
    if (model == null) {
      throw new IOException("not a Tellerline model artifact");
    }
    return new Loaded(model, manifest);
  }

  /** Only the manifest (the first entry), without loading the model. */
  public static Properties readManifest(InputStream source) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(source))) {
      ZipEntry entry = zip.getNextEntry();
      if (entry == null || !entry.getName().equals(MANIFEST)) {
        throw new IOException("not a Tellerline model artifact");
      }
      Properties manifest = new Properties();
      manifest.load(
          new StringReader(
              new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
      return manifest;
    }
  }

  /** A model with the manifest it was stored with. */
  public record Loaded(IntentModel model, Properties manifest) {}

  private static IntentModel readModel(
      DataInputStream in, Properties manifest, SentenceEncoder encoder) throws IOException {
    if (!String.valueOf(FORMAT).equals(manifest.getProperty("format"))) {
      throw new IOException("unsupported model format " + manifest.getProperty("format"));
    }
    if (!encoder.modelId().equals(manifest.getProperty("encoder"))) {
      throw new IOException(
          "model needs encoder " + manifest.getProperty("encoder") + ", not " + encoder.modelId());
    }
    Labels labels = new Labels(List.of(manifest.getProperty("labels").split(",")));
    String outOfScope = in.readUTF();
    double minConfidence = in.readDouble();
    List<String> texts = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      texts.add(in.readUTF());
    }
    SoftmaxRegression regression = SoftmaxRegression.read(in);
    NearestNeighbours neighbours = NearestNeighbours.read(in);
    MaxentText maxent = in.readBoolean() ? MaxentText.read(in, labels) : null;
    LexicalSoftmax lexical = in.readBoolean() ? LexicalSoftmax.read(in) : null;
    TrainingSettings settings =
        settingsFrom(manifest, "null".equals(outOfScope) ? null : outOfScope, minConfidence);
    return new IntentModel(
        manifest.getProperty("version"),
        labels,
        texts,
        regression,
        neighbours,
        maxent,
        lexical,
        settings,
        encoder);
  }

  private static TrainingSettings settingsFrom(
      Properties m, String outOfScope, double minConfidence) {
    return new TrainingSettings(
        new SoftmaxRegression.Settings(
            Double.parseDouble(m.getProperty("settings.regression.l2")),
            Integer.parseInt(m.getProperty("settings.regression.epochs")),
            Double.parseDouble(m.getProperty("settings.regression.learningRate")),
            Integer.parseInt(m.getProperty("settings.regression.batchSize")),
            Long.parseLong(m.getProperty("settings.seed"))),
        Integer.parseInt(m.getProperty("settings.knn.k")),
        Double.parseDouble(m.getProperty("settings.knn.temperature")),
        Integer.parseInt(m.getProperty("settings.maxent.iterations")),
        new LexicalSoftmax.Settings(
            Integer.parseInt(m.getProperty("settings.lexical.epochs")),
            Double.parseDouble(m.getProperty("settings.lexical.l2")),
            Double.parseDouble(m.getProperty("settings.lexical.learningRate")),
            Long.parseLong(m.getProperty("settings.lexical.seed"))),
        TrainingSettings.parse(m.getProperty("settings.weights")),
        TrainingSettings.parse(m.getProperty("settings.weights.nonEnglish")),
        outOfScope,
        minConfidence,
        Double.parseDouble(m.getProperty("settings.outOfScope.minSimilarity", "0")));
  }
}
