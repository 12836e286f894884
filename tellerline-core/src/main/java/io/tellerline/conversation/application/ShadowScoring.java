package io.tellerline.conversation.application;

import io.tellerline.nlu.MessageAnalysis;

/**
 * Hands each understood customer message to a candidate model in shadow, if there is one. Must
 * return at once: the candidate scores it later, on another thread, and never answers.
 */
public interface ShadowScoring {

  /**
   * @param maskedText the message as the live model saw it (personal data masked); not kept
   */
  void afterUnderstood(String maskedText, MessageAnalysis live);
}
