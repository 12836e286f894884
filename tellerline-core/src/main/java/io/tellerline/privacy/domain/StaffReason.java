package io.tellerline.privacy.domain;

/** The reason a member of staff must give before seeing or erasing a customer's personal data. */
public final class StaffReason {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 500;

  private StaffReason() {}

  /**
   * Returns the reason stripped of surrounding white space.
   *
   * @throws IllegalArgumentException unless it has {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
   *     characters
   */
  public static String of(String reason) {
    String stripped = reason == null ? "" : reason.strip();
    if (stripped.length() < MIN_LENGTH || stripped.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a reason of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters is required");
    }
    return stripped;
  }
}
