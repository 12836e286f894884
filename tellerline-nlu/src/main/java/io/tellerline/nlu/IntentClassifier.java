package io.tellerline.nlu;

/** Turns a customer message into an intent decision. Implementations are thread-safe. */
public interface IntentClassifier {

  IntentPrediction classify(String text);

  String modelVersion();
}
