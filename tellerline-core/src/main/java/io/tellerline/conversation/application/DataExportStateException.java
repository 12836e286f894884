package io.tellerline.conversation.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** The export is not in a state that allows this: one is still running, or it is not ready. */
public class DataExportStateException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DataExportStateException(String messageKey) {
    super(FailureKind.CONFLICT, "data-export-state", messageKey);
  }
}
