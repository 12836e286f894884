package io.tellerline.identity.domain;

/**
 * Port to the identity provider's administration (Keycloak), for staff identity operations on one
 * customer login, named by its subject ({@code sub}). Implementations must not be handed more
 * rights than these operations need.
 */
public interface IdentityProvider {

  /** The required action that makes the user set up a new OTP device at the next sign-in. */
  String CONFIGURE_OTP = "CONFIGURE_TOTP";

  LoginStatus loginStatus(String subject);

  /**
   * Removes the customer's OTP credentials (the old device stops working at once), ends their open
   * sessions, and makes them enrol a new OTP device at the next sign-in.
   */
  void requireOtpReEnrolment(String subject);

  /** Disables the login and ends the customer's open sessions. */
  void disableLogin(String subject);

  void enableLogin(String subject);
}
