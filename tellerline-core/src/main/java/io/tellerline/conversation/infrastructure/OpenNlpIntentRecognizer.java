package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.IntentRecognizer;
import io.tellerline.nlu.IntentClassifier;
import io.tellerline.nlu.IntentCorpus;
import io.tellerline.nlu.IntentPrediction;
import io.tellerline.nlu.OpenNlpIntentClassifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;

/** Trains the bundled OpenNLP model once at start-up (a fraction of a second) and shares it. */
@ApplicationScoped
public class OpenNlpIntentRecognizer implements IntentRecognizer {

  private static final Logger LOG = Logger.getLogger(OpenNlpIntentRecognizer.class.getName());

  private IntentClassifier classifier;

  @PostConstruct
  void train() {
    long started = System.nanoTime();
    classifier = OpenNlpIntentClassifier.train(IntentCorpus.bundledEnglish());
    LOG.info(
        () ->
            "intent model "
                + classifier.modelVersion()
                + " trained in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  /** Trains eagerly so that the first customer does not wait for it. */
  void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
    classifier.modelVersion();
  }

  @Override
  public IntentPrediction recognize(String text) {
    return classifier.classify(text);
  }
}
