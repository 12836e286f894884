package io.tellerline.identity.domain;

import java.util.Objects;

/**
 * The authentication policy's answer for one action and one caller, with the reason in words an
 * auditor can read and the policy version that gave it.
 */
public record PolicyDecision(
    String action,
    Verdict verdict,
    AuthenticationRequirement requirement,
    String reason,
    String policyVersion) {

  public enum Verdict {
    ALLOWED,
    STEP_UP_REQUIRED
  }

  public PolicyDecision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(policyVersion, "policyVersion");
  }

  public boolean allowed() {
    return verdict == Verdict.ALLOWED;
  }
}
