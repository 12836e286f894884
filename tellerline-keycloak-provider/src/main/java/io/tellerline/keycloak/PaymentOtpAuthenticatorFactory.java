package io.tellerline.keycloak;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;

/** The browser flow's level-2 step: {@link PaymentOtpAuthenticator} instead of "OTP Form". */
public class PaymentOtpAuthenticatorFactory extends OTPFormAuthenticatorFactory {

  public static final String ID = "tellerline-payment-otp-form";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDisplayType() {
    return "Tellerline OTP Form (shows and binds a payment)";
  }

  @Override
  public String getHelpText() {
    return "One-time-code form that shows the payment_initiation authorization details of the"
        + " request and binds their release into the token to the code that confirmed them.";
  }

  @Override
  public Authenticator create(KeycloakSession session) {
    return new PaymentOtpAuthenticator();
  }
}
