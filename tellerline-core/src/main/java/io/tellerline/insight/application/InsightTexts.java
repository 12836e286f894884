package io.tellerline.insight.application;

import io.tellerline.banking.domain.Money;
import io.tellerline.insight.domain.Insight;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * An insight's reason in plain words, in English or German ({@code insights.<language>
 * .properties}): amounts and dates formatted for the language, e.g. "Netflix charged €17.99 on 3
 * Dec; the 6 months before it was €13.99."
 */
public final class InsightTexts {

  /** The languages the reasons are written in; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  private static final Map<String, Properties> TEXTS = Map.of("en", load("en"), "de", load("de"));
  private static final Map<String, DateTimeFormatter> DATES =
      Map.of(
          "en", DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH),
          "de", DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMAN));

  private InsightTexts() {}

  /** The language the reasons will be in for someone asking in {@code language}. */
  public static String languageFor(Locale language) {
    return LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : LANGUAGES.get(0);
  }

  public static String reason(Insight insight, Locale language) {
    String chosen = languageFor(language);
    Locale locale = Locale.forLanguageTag(chosen);
    Object[] facts =
        insight.facts().stream().map(fact -> format(fact, chosen, locale)).toArray(Object[]::new);
    String pattern = TEXTS.get(chosen).getProperty(insight.reason());
    if (pattern == null) {
      throw new IllegalStateException("no text for " + insight.reason());
    }
    return new MessageFormat(pattern, locale).format(facts);
  }

  private static String format(Object fact, String language, Locale locale) {
    if (fact instanceof Money money) {
      return money.format(locale);
    }
    if (fact instanceof LocalDate day) {
      return DATES.get(language).format(day);
    }
    return String.valueOf(fact);
  }

  private static Properties load(String language) {
    String name = "/io/tellerline/insight/insights." + language + ".properties";
    try (InputStream in = InsightTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      Properties texts = new Properties();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
