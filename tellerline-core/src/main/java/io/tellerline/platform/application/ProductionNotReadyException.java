package io.tellerline.platform.application;

import java.util.List;

/**
 * The production profile with settings a bank must never run on. Fails the deployment: nothing is
 * served. The message lists every problem at once, so that one restart fixes them all.
 */
public class ProductionNotReadyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public ProductionNotReadyException(List<String> problems) {
    super(
        "Tellerline refuses to start with TELLERLINE_PROFILE=production; "
            + problems.size()
            + (problems.size() == 1 ? " setting needs" : " settings need")
            + " changing:\n  - "
            + String.join("\n  - ", problems));
  }
}
