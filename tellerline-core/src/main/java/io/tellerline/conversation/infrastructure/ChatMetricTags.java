package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.AssistantReply.Outcome;
import io.tellerline.conversation.application.UsageLimits;
import io.tellerline.conversation.domain.Conversation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The only tag values the chat's metrics carry: enum names in lower case, the languages the
 * assistant speaks (anything else is {@value #OTHER_LANGUAGE}) and the usage limits' names. A value
 * seen at run time never becomes a tag, so the number of series stays fixed and no customer id or
 * text can reach {@code /metrics}.
 */
final class ChatMetricTags {

  static final String WITH_STAFF = "with_staff";
  static final String OTHER_LANGUAGE = "other";

  static final List<String> OUTCOMES =
      Stream.concat(Stream.of(Outcome.values()).map(ChatMetricTags::of), Stream.of(WITH_STAFF))
          .toList();
  static final List<String> LANGUAGES =
      Stream.concat(Conversation.LANGUAGES.stream().sorted(), Stream.of(OTHER_LANGUAGE)).toList();
  static final List<String> LIMITS = UsageLimits.NAMES;

  private ChatMetricTags() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static String of(Locale language) {
    String code = language.getLanguage();
    return Conversation.LANGUAGES.contains(code) ? code : OTHER_LANGUAGE;
  }
}
