package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivacyNoticeTest {

  private final PrivacyNotice notice = PrivacyNotice.bundled();

  @Test
  void theNoticeCoversWhatArticle13AndTheIssueAskFor() {
    String english = text(notice.in(Locale.ENGLISH));
    for (String topic :
        List.of(
            "What we process",
            "Frustration scoring",
            "How long we keep it",
            "Your rights",
            "erasure",
            "object",
            "withdraw",
            "dpo@demo-bank.example",
            "off unless you turn it on")) {
      assertTrue(english.contains(topic), "missing: " + topic);
    }
    String german = text(notice.in(Locale.GERMAN));
    for (String topic :
        List.of(
            "Verärgerung", "Löschung", "widersprechen", "widerrufen", "dpo@demo-bank.example")) {
      assertTrue(german.contains(topic), "fehlt: " + topic);
    }
  }

  @Test
  void bothLanguagesHaveTheSameSectionsAndTheVersion() {
    PrivacyNotice.Text english = notice.in(Locale.ENGLISH);
    PrivacyNotice.Text german = notice.in(Locale.GERMAN);

    assertEquals("de", german.language());
    assertEquals(english.sections().size(), german.sections().size());
    assertTrue(english.sections().size() >= 7, english.toString());
    assertEquals(notice.version(), english.version());
    assertEquals(notice.version(), german.version());
    assertTrue(notice.version().matches("[0-9a-f]{16}"), notice.version());
  }

  @Test
  void anotherLanguageGetsEnglish() {
    assertEquals("en", notice.in(Locale.FRENCH).language());
  }

  @Test
  void changingAnyTranslationChangesTheVersion() {
    PrivacyNotice one = new PrivacyNotice(Map.of("en", "# A\n## B\nc", "de", "# A\n## B\nc"));
    PrivacyNotice other = new PrivacyNotice(Map.of("en", "# A\n## B\nc", "de", "# A\n## B\nd"));
    PrivacyNotice same = new PrivacyNotice(Map.of("de", "# A\n## B\nc", "en", "# A\n## B\nc"));

    assertNotEquals(one.version(), other.version());
    assertEquals(one.version(), same.version());
    assertEquals(
        List.of(new PrivacyNotice.Section("B", List.of("c"))), one.in(Locale.ENGLISH).sections());
  }

  @Test
  void aNoticeWithoutOneOfTheChatsLanguagesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new PrivacyNotice(Map.of("en", "# A")));
  }

  private static String text(PrivacyNotice.Text text) {
    StringBuilder all = new StringBuilder(text.title());
    text.sections()
        .forEach(s -> all.append('\n').append(s.heading()).append('\n').append(s.paragraphs()));
    return all.toString();
  }
}
