package io.tellerline.keycloak;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.FlowStatus;
import org.keycloak.authentication.authenticators.browser.OTPFormAuthenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Keycloak's one-time-code form that also shows the payment the request carries (RFC 9396 {@code
 * authorization_details} of type {@code payment_initiation}, pushed by the chat through PAR) —
 * amount, payee, account ending, date — and, when the code is right, records the fingerprint of
 * exactly those details. {@link PaymentRarProcessor} releases details into a token only with that
 * fingerprint (PSD2 RTS Art. 5: the authentication is specific to amount and payee).
 */
public class PaymentOtpAuthenticator extends OTPFormAuthenticator {

  private static final Logger LOG = Logger.getLogger(PaymentOtpAuthenticator.class);
  static final String CONFIRMED_NOTE = "tellerline_payment_confirmed";

  private Optional<PaymentDetails> payment = Optional.empty();
  private Locale locale = Locale.ENGLISH;

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    payment = requested(context.getAuthenticationSession());
    locale = context.getSession().getContext().resolveLocale(context.getUser());
    super.authenticate(context);
  }

  @Override
  public void action(AuthenticationFlowContext context) {
    AuthenticationSessionModel session = context.getAuthenticationSession();
    payment = requested(session);
    locale = context.getSession().getContext().resolveLocale(context.getUser());
    // A confirmation belongs to one request: drop any older one before checking this code.
    session.removeClientNote(CONFIRMED_NOTE);
    super.action(context);
    String requested = session.getClientNote(PaymentRarProcessor.REQUESTED_NOTE);
    if (context.getStatus() == FlowStatus.SUCCESS && payment.isPresent() && requested != null) {
      session.setClientNote(CONFIRMED_NOTE, PaymentDetails.fingerprint(requested));
      LOG.infof("payment %s confirmed with a one-time code", payment.get().identifier());
    }
  }

  @Override
  protected Response createLoginForm(LoginFormsProvider form) {
    payment.ifPresent(
        p -> {
          form.setAttribute("paymentPayee", p.creditorName());
          form.setAttribute("paymentAccountEnding", p.accountEnding());
          p.amountText(locale).ifPresent(text -> form.setAttribute("paymentAmountText", text));
          p.dateText(locale).ifPresent(text -> form.setAttribute("paymentDateText", text));
          p.frequencyMessageKey().ifPresent(key -> form.setAttribute("paymentRepeatsKey", key));
        });
    return super.createLoginForm(form);
  }

  @SuppressWarnings("unchecked")
  private static Optional<PaymentDetails> requested(AuthenticationSessionModel session) {
    String details = session.getClientNote(PaymentRarProcessor.REQUESTED_NOTE);
    if (details == null) {
      return Optional.empty();
    }
    try {
      List<Map<String, Object>> entries = JsonSerialization.readValue(details, List.class);
      return PaymentDetails.single(entries);
    } catch (IOException | IllegalArgumentException | ClassCastException e) {
      LOG.warnf("authorization_details not shown: %s", e.getMessage());
      return Optional.empty();
    }
  }
}
