package io.tellerline.privacy.application;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No protected value with this id (or none in the conversation the caller looks at). */
@ApplicationException
public class ProtectedValueNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProtectedValueNotFoundException(UUID id) {
    super("no protected value " + id);
  }
}
