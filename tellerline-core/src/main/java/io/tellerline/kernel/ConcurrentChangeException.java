package io.tellerline.kernel;

/**
 * Two requests changed the same thing at once; the other one won and this one was rolled back
 * whole. The caller may simply send again.
 */
public class ConcurrentChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super(FailureKind.CONFLICT, "concurrent-change", "concurrent.change");
  }
}
