package io.tellerline.training.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;
import io.tellerline.training.domain.ModelStatus;

/**
 * The model is not in a state that allows this: only a candidate (or one in shadow) is approved,
 * shadowed or rejected; only an earlier approved model is rolled back to.
 */
public class ModelNotReleasableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ModelNotReleasableException(ModelStatus status) {
    super(FailureKind.CONFLICT, "model-wrong-state", "model.wrong_state", status.name());
  }
}
