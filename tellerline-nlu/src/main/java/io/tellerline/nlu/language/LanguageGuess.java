package io.tellerline.nlu.language;

/**
 * The language a message is taken to be in (ISO 639-1, e.g. "en"), the detector's confidence,
 * whether the customer's profile language was used because the text was too short or unclear, and
 * whether the message is clearly written in a language the assistant does not speak (then {@code
 * language} is the profile language the answer is given in).
 */
public record LanguageGuess(
    String language, double confidence, boolean fromProfile, boolean unsupported) {

  public LanguageGuess(String language, double confidence, boolean fromProfile) {
    this(language, confidence, fromProfile, false);
  }
}
