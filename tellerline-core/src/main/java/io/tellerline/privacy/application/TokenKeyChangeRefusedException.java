package io.tellerline.privacy.application;

import io.tellerline.kernel.BusinessException;
import io.tellerline.kernel.FailureKind;

/** A tokenization key rotation or destruction that cannot be done in the keys' present state. */
public class TokenKeyChangeRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  /** Why; each has its text {@code privacy.token_key.<reason in lower case>}. */
  public enum Reason {
    /** This instance holds no version newer than the one every token is under. */
    NO_NEWER_KEY,
    /** New tokens are made under this version: it cannot be destroyed. */
    ACTIVE_KEY,
    /** Tokens of kept values are still under this version: re-tokenize first. */
    STILL_IN_USE,
    /** Destroyed already. */
    ALREADY_DESTROYED,
    /** Not a version this instance knows (held, or named in the database). */
    UNKNOWN_VERSION
  }

  public TokenKeyChangeRefusedException(Reason reason, int version) {
    super(
        reason == Reason.UNKNOWN_VERSION ? FailureKind.NOT_FOUND : FailureKind.CONFLICT,
        "token-key-change-refused",
        "privacy.token_key." + reason.name().toLowerCase(java.util.Locale.ROOT),
        version);
  }
}
