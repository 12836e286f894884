package io.tellerline.privacy.tokenization;

import java.util.List;

/** The message with personal data replaced, and what was replaced where, in order of position. */
public record TokenizedText(String text, List<Replacement> replacements) {

  public TokenizedText {
    replacements = List.copyOf(replacements);
  }

  public boolean changed() {
    return !replacements.isEmpty();
  }
}
