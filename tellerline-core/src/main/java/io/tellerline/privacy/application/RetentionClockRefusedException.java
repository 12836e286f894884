package io.tellerline.privacy.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/**
 * A retention run "as of" another moment than now was asked for in the production profile: moving
 * retention's clock (which would delete data early) is only for development and tests.
 */
public class RetentionClockRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public RetentionClockRefusedException() {
    super(FailureKind.NOT_PERMITTED, "retention-clock-refused", "privacy.retention_clock_refused");
  }
}
