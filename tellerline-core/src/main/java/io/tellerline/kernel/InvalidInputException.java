package io.tellerline.kernel;

import java.util.List;

/**
 * What a person typed or sent breaks a rule. Names the fields (as the API's JSON and the console's
 * forms call them), never the rejected values: they may be personal data.
 */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;
  private final List<String> fields;

  /**
   * @param field the field that is wrong
   * @param messageKey what is wrong with it, a key of the failures bundle
   */
  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(FailureKind.INVALID_INPUT, "invalid-request", messageKey, arguments);
    this.fields = List.of(field);
  }

  public List<String> fields() {
    return fields;
  }
}
