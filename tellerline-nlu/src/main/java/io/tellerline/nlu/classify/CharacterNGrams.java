package io.tellerline.nlu.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 4-grams of each word, with word boundaries marked: German compounds ("Kontostand",
 * "Kontoauszug") and misspellings share pieces where whole words do not. Public with a no-argument
 * constructor because OpenNLP instantiates it by name when it loads a model.
 */
public class CharacterNGrams implements FeatureGenerator {

  private static final int N = 4;

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>();
    for (String word : words) {
      String marked = "<" + word + ">";
      if (marked.length() <= N) {
        continue;
      }
      for (int i = 0; i + N <= marked.length(); i++) {
        features.add("c=" + marked.substring(i, i + N));
      }
    }
    return features;
  }
}
