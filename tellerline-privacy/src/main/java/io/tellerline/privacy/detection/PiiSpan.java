package io.tellerline.privacy.detection;

/**
 * One finding: characters {@code [start, end)} of the message are personal data of {@code type}.
 *
 * @param confidence 0..1; checksummed findings are near 1, context-dependent ones lower
 */
public record PiiSpan(int start, int end, PiiType type, double confidence) {

  public PiiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
    }
    if (type == null) {
      throw new IllegalArgumentException("type is required");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(PiiSpan other) {
    return start < other.end && other.start < end;
  }

  /** The covered characters of {@code text}. */
  public String in(String text) {
    return text.substring(start, end);
  }
}
