package io.tellerline.privacy.application;

import io.tellerline.privacy.detection.PiiType;
import java.util.ArrayList;
import java.util.List;

/**
 * A token to look for, under the newest key ({@link #token}) and, during a key rotation, under the
 * older live keys too ({@link #tokens}). Format-preserving tokens keep the separators as typed, so
 * stored text and token are compared without spaces, dots, slashes and dashes ({@link #compact}).
 */
public record SearchToken(PiiType type, List<String> tokens) {

  public SearchToken {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a search token needs a token");
    }
  }

  public SearchToken(PiiType type, String token) {
    this(type, List.of(token));
  }

  /** The token under the newest key. */
  public String token() {
    return tokens.get(0);
  }

  public String compact() {
    return compact(token());
  }

  /** Every token, compacted, newest key first. */
  public List<String> compactAll() {
    return tokens.stream().map(SearchToken::compact).distinct().toList();
  }

  SearchToken alsoUnderOlderKey(String token) {
    List<String> more = new ArrayList<>(tokens);
    more.add(token);
    return new SearchToken(type, more);
  }

  private static String compact(String token) {
    return token.replaceAll("[\\s./-]", "");
  }
}
