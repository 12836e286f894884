package io.tellerline.nlu;

import io.tellerline.nlu.language.LanguageGuess;
import io.tellerline.nlu.sentiment.FrustrationDetector.Frustration;

/** Everything the NLU engine says about one customer message. */
public record MessageAnalysis(
    LanguageGuess language, IntentPrediction intent, Frustration frustration) {}
