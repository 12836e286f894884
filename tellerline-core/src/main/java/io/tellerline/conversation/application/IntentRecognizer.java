package io.tellerline.conversation.application;

import io.tellerline.nlu.IntentPrediction;

/** Port to the NLU engine. */
public interface IntentRecognizer {

  IntentPrediction recognize(String text);
}
