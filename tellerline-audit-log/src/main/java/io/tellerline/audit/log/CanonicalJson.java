package io.tellerline.audit.log;

import java.io.IOException;
import org.erdtman.jcs.JsonCanonicalizer;

/** RFC 8785 (JSON Canonicalization Scheme): one byte sequence for one JSON value. */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String of(String json) {
    try {
      return new JsonCanonicalizer(json).getEncodedString();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  /** A JSON string literal; canonicalization then settles how each character is escaped. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
