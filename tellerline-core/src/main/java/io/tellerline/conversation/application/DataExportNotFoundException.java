package io.tellerline.conversation.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/**
 * No data export with this id for the caller: raised alike for "none", "expired" and "another
 * customer's", so ids cannot be probed.
 */
public class DataExportNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DataExportNotFoundException() {
    super(FailureKind.NOT_FOUND, "data-export-not-found", "data_export.not_found");
  }
}
