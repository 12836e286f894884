package io.tellerline.kernel;

/**
 * How long a text a person types may be, counted without surrounding white space. Capabilities
 * declare their limits once (e.g. {@code ConversationLimits}); services check them at the boundary
 * with {@link #check}, and the console and the API use the same numbers for {@code maxlength} and
 * Bean Validation.
 *
 * @param field the field's name in forms and JSON, named in the failure
 * @param min the fewest characters; 0 makes the text optional
 */
public record TextLimit(String field, int min, int max) {

  public TextLimit {
    if (min < 0 || max < Math.max(min, 1)) {
      throw new IllegalArgumentException("a limit needs 0 <= min <= max, max >= 1");
    }
  }

  /** Whether the text, stripped, has {@code min} to {@code max} characters (null counts as ""). */
  public boolean fits(String text) {
    int length = text == null ? 0 : text.strip().length();
    return length >= min && length <= max;
  }

  /**
   * Returns the text stripped of surrounding white space.
   *
   * @throws InvalidInputException naming the field unless it {@link #fits}
   */
  public String check(String text) {
    if (!fits(text)) {
      throw new InvalidInputException(field, "input.length", min, max);
    }
    return text == null ? "" : text.strip();
  }
}
