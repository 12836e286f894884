package io.tellerline.privacy.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chat's privacy notice (GDPR art. 13) in the languages the chat speaks, and its version: the
 * first 16 hex digits of the SHA-256 of all its texts, so that any change of any translation is a
 * new version, and a consent records exactly the text the customer could read. The texts are {@code
 * notice/privacy-notice.<language>.txt}: a {@code #} title, then {@code ##} headings, each followed
 * by its paragraphs (one a line).
 */
public final class PrivacyNotice {

  /** The languages of the notice; the first is the fallback. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  private static final PrivacyNotice BUNDLED = load();

  /** One heading and its paragraphs. */
  public record Section(String heading, List<String> paragraphs) {}

  /** The notice in one language. */
  public record Text(String version, String language, String title, List<Section> sections) {}

  private final Map<String, String> texts;
  private final String version;

  /**
   * @param texts the notice's text per language, in {@link #LANGUAGES}' order
   */
  PrivacyNotice(Map<String, String> texts) {
    if (!texts.keySet().containsAll(LANGUAGES)) {
      throw new IllegalArgumentException("the notice needs " + LANGUAGES);
    }
    this.texts = Map.copyOf(texts);
    this.version = versionOf(texts);
  }

  /** The notice shipped with this release. */
  public static PrivacyNotice bundled() {
    return BUNDLED;
  }

  /** The version a consent must name. */
  public String version() {
    return version;
  }

  /** The notice in the language asked for, else in English. */
  public Text in(Locale language) {
    String chosen =
        LANGUAGES.contains(language.getLanguage()) ? language.getLanguage() : LANGUAGES.get(0);
    String title = "";
    List<Section> sections = new ArrayList<>();
    String heading = null;
    List<String> paragraphs = new ArrayList<>();
    for (String line : texts.get(chosen).split("\\R")) {
      if (line.startsWith("## ")) {
        if (heading != null) {
          sections.add(new Section(heading, List.copyOf(paragraphs)));
        }
        heading = line.substring(3).strip();
        paragraphs.clear();
      } else if (line.startsWith("# ")) {
        title = line.substring(2).strip();
      } else if (!line.isBlank()) {
        paragraphs.add(line.strip());
      }
    }
    if (heading != null) {
      sections.add(new Section(heading, List.copyOf(paragraphs)));
    }
    return new Text(version, chosen, title, List.copyOf(sections));
  }

  private static String versionOf(Map<String, String> texts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String language : LANGUAGES) {
        sha256.update(
            (language + "\n" + texts.get(language) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static PrivacyNotice load() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      String name = "/io/tellerline/privacy/notice/privacy-notice." + language + ".txt";
      try (InputStream in = PrivacyNotice.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing " + name);
        }
        texts.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PrivacyNotice(texts);
  }
}
