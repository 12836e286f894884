package io.tellerline.training.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** A training is running already (one at a time in the whole cluster). */
public class TrainingBusyException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TrainingBusyException() {
    super(FailureKind.CONFLICT, "training-busy", "model.training_busy");
  }
}
