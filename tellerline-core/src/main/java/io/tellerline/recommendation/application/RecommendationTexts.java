package io.tellerline.recommendation.application;

import io.tellerline.banking.domain.Money;
import io.tellerline.insight.application.InsightTexts;
import io.tellerline.recommendation.domain.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A recommendation's reason in plain words, in English or German ({@code
 * recommendations.<language>.properties}), amounts formatted for the language.
 */
public final class RecommendationTexts {

  private static final Map<String, Properties> TEXTS = Map.of("en", load("en"), "de", load("de"));

  private RecommendationTexts() {}

  public static String reason(Recommendation recommendation, String language) {
    Locale locale = Locale.forLanguageTag(language);
    Object[] facts =
        recommendation.facts().stream()
            .map(f -> f instanceof Money money ? money.format(locale) : String.valueOf(f))
            .toArray(Object[]::new);
    String pattern =
        TEXTS.get(InsightTexts.languageFor(locale)).getProperty(recommendation.reason());
    if (pattern == null) {
      throw new IllegalStateException("no text for " + recommendation.reason());
    }
    return new MessageFormat(pattern, locale).format(facts);
  }

  private static Properties load(String language) {
    String name = "/io/tellerline/recommendation/recommendations." + language + ".properties";
    try (InputStream in = RecommendationTexts.class.getResourceAsStream(name)) {
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
