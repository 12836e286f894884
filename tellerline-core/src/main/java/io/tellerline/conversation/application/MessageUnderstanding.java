package io.tellerline.conversation.application;

import io.tellerline.nlu.MessageAnalysis;
import java.util.Locale;

/** Port to the NLU engine: language, intent (or out of scope) and frustration of one message. */
public interface MessageUnderstanding {

  /**
   * @param profileLanguage the customer's preferred language, used when the text is unclear
   */
  MessageAnalysis understand(String text, Locale profileLanguage);

  /** SHA-256 of the data the intent model was trained on, for the audit trail. */
  String trainingDataSha256();

  /** Version of the intent model in use, for the audit trail. */
  String modelVersion();

  /** Version of the frustration model in use. */
  String frustrationModelVersion();

  /**
   * The sentence encoder's unit-length vector for a text (the one understanding uses), for grouping
   * similar messages and finding similar replies: cosine similarity is the dot product.
   */
  float[] embed(String text);
}
