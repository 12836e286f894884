package io.tellerline.identity.domain;

import io.tellerline.kernel.SerializedRecord;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What staff may see of a customer's login at the identity provider: whether OTP is enrolled, when
 * they last signed in, whether login is enabled, and pending required actions. Who disabled a login
 * and why is in the audit trail (IDENTITY_OPERATION events), Tellerline's record of staff actions.
 */
public record LoginStatus(
    boolean otpEnrolled,
    Optional<Instant> lastSignIn,
    boolean loginEnabled,
    List<String> requiredActions)
    implements Serializable {

  /** Optional is not serializable: see {@link SerializedRecord}. */
  @Serial
  private Object writeReplace() {
    return SerializedRecord.of(this);
  }

  public LoginStatus {
    Objects.requireNonNull(lastSignIn, "lastSignIn");
    requiredActions = List.copyOf(requiredActions);
  }

  public boolean otpReEnrolmentRequired() {
    return requiredActions.contains(IdentityProvider.CONFIGURE_OTP);
  }
}
