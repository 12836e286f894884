package io.tellerline.privacy.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import java.util.UUID;

/** No protected value with this id (or none in the conversation the caller looks at). */
public class ProtectedValueNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for, for logs; the text does not show it
   */
  public ProtectedValueNotFoundException(UUID id) {
    super(FailureKind.NOT_FOUND, "protected-value-not-found", "privacy.value_not_found", id);
  }
}
