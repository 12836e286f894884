package io.tellerline.identity.domain;

import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.TextLimit;

/**
 * Why a member of staff opens something beyond her need-to-know, declared once: the access check
 * tests it, the console's forms take their {@code maxlength} from it. It goes to the audit log, so
 * the console asks for a case reference, not for personal data.
 */
public final class AccessReason {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 300;
  public static final TextLimit LIMIT = new TextLimit("accessReason", MIN_LENGTH, MAX_LENGTH);

  private AccessReason() {}

  /**
   * @throws InvalidInputException unless it has {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
   *     characters
   */
  public static String of(String reason) {
    return LIMIT.check(reason);
  }
}
