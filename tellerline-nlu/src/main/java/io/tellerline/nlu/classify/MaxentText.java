package io.tellerline.nlu.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Apache OpenNLP's maximum-entropy document categorizer over words and word bigrams. It sees the
 * words themselves, in any language, where the embedding model knows English best.
 */
public final class MaxentText {

  /** Names the features, so that a change of them retrains the shipped model. */
  public static final String FEATURES = "words+word-bigrams+char-4-grams";

  static {
    // OpenNLP instantiates feature generators by name only from packages it was told to trust.
    ExtensionLoader.registerAllowedPackage(CharacterNGrams.class.getPackageName());
  }

  private final DoccatModel model;
  private final int[] labelOfCategory;

  /**
   * Registers this package's feature generators with OpenNLP before a serialized model that names
   * them is read (the static initializer does it; a model read first must trigger it).
   */
  public static void allowFeatureGenerators() {
    // The static initializer has run by the time this body executes.
  }

  private MaxentText(DoccatModel model, Labels labels) {
    this.model = model;
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    labelOfCategory = new int[categorizer.getNumberOfCategories()];
    for (int i = 0; i < labelOfCategory.length; i++) {
      labelOfCategory[i] = labels.indexOf(categorizer.getCategory(i));
    }
  }

  public static MaxentText train(List<String[]> tokens, int[] y, Labels labels, int iterations) {
    List<DocumentSample> samples = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      samples.add(new DocumentSample(labels.name(y[i]), tokens.get(i)));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    parameters.put(TrainingParameters.THREADS_PARAM, Runtime.getRuntime().availableProcessors());
    try (ObjectStream<DocumentSample> stream = new CollectionObjectStream<>(samples)) {
      return new MaxentText(
          DocumentCategorizerME.train("xx", stream, parameters, factory()), labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Probabilities indexed by the model's labels (labels never seen in training get 0). */
  public double[] probabilities(String[] tokens, int classes) {
    double[] outcomes = new DocumentCategorizerME(model).categorize(tokens);
    double[] p = new double[classes];
    for (int i = 0; i < outcomes.length; i++) {
      p[labelOfCategory[i]] = outcomes[i];
    }
    return p;
  }

  public void write(DataOutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  public static MaxentText read(DataInputStream in, Labels labels) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new MaxentText(new DoccatModel(new ByteArrayInputStream(bytes)), labels);
  }

  /**
   * The features of every OpenNLP document model here: words, word bigrams and character 4-grams.
   * Calling it also registers this package with OpenNLP (see the static initializer).
   */
  public static DoccatFactory factory() {
    try {
      return new DoccatFactory(
          new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2), new CharacterNGrams()
          });
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("bigram feature generator rejected fixed parameters", e);
    }
  }
}
