package io.tellerline.nlu.language;

/**
 * The language a message is taken to be in (ISO 639-1, e.g. "en"), the detector's confidence, and
 * whether the customer's profile language was used because the text was too short or unclear.
 */
public record LanguageGuess(String language, double confidence, boolean fromProfile) {}
