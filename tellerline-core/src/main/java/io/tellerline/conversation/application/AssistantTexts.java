package io.tellerline.conversation.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The assistant's texts, from resource bundles in the conversation's language. */
public final class AssistantTexts {

  private static final String BUNDLE = "io.tellerline.conversation.application.AssistantMessages";

  private AssistantTexts() {}

  public static String text(String key, Locale language, Object... arguments) {
    String pattern = bundle(language).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }

  public static AssistantReply reply(
      String key, Locale language, AssistantReply.Outcome outcome, Object... arguments) {
    return new AssistantReply(key, text(key, language, arguments), outcome);
  }

  /** A heading ({@code key}) followed by one line ({@code key.line}) per item. */
  public static <T> AssistantReply listing(
      String key, Locale language, List<T> items, Function<T, Object[]> lineArguments) {
    String lines =
        items.stream()
            .map(item -> text(key + ".line", language, lineArguments.apply(item)))
            .collect(Collectors.joining("\n"));
    return new AssistantReply(
        key, text(key, language) + "\n" + lines, AssistantReply.Outcome.ANSWERED);
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
