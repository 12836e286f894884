package io.tellerline.training.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** No such model version, or no such dataset version to train from. */
public class ModelNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ModelNotFoundException() {
    super(FailureKind.NOT_FOUND, "model-not-found", "model.not_found");
  }
}
