package io.tellerline.identity.application;

/** Allowed with a written reason only, and none was given: the console then asks for one. */
public class StaffAccessReasonRequiredException extends StaffAccessDeniedException {

  private static final long serialVersionUID = 1L;

  public StaffAccessReasonRequiredException() {
    super("access.reason_required");
  }
}
