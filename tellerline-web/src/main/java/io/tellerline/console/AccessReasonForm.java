package io.tellerline.console;

import java.io.Serializable;
import java.util.Optional;

/**
 * The question a console page asks when a member of staff opens something beyond her need-to-know
 * (see {@code StaffAccessPolicy}): why, as a case reference. Kept in the page's view only.
 */
public final class AccessReasonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String reason;
  private boolean required;

  /** The reason typed, once; empty if none was. */
  Optional<String> take() {
    Optional<String> typed = Optional.ofNullable(reason).filter(r -> !r.isBlank());
    reason = null;
    return typed;
  }

  void ask() {
    required = true;
  }

  void answered() {
    required = false;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Whether the page asks her why she needs it. */
  public boolean isRequired() {
    return required;
  }
}
