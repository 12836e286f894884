package io.tellerline.knowledge.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** Publishing needs a draft of the article in that language; there is none. */
public class DraftNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DraftNotFoundException() {
    super(FailureKind.NOT_FOUND, "draft-not-found", "knowledge.draft_not_found");
  }
}
