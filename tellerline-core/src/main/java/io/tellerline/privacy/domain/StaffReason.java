package io.tellerline.privacy.domain;

import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.TextLimit;

/**
 * The reason a member of staff must give before seeing or erasing a customer's personal data,
 * declared once: the services check it, the console's forms take their {@code maxlength} from it.
 */
public final class StaffReason {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 500;
  public static final TextLimit LIMIT = new TextLimit("reason", MIN_LENGTH, MAX_LENGTH);

  private StaffReason() {}

  /**
   * Returns the reason stripped of surrounding white space.
   *
   * @throws InvalidInputException unless it has {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
   *     characters
   */
  public static String of(String reason) {
    return LIMIT.check(reason);
  }
}
