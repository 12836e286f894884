package io.tellerline.conversation.domain;

import io.tellerline.kernel.CustomerId;
import java.util.Locale;

/**
 * Port to the bank's outbound messages to a customer (e-mail, SMS). The assistant uses it to send a
 * one-time code to a contact the customer gave, proving the contact is theirs before it is changed.
 * It lives with the conversation, its only user, where both the customer's protected values
 * (privacy) and the bank's channels (banking) are in reach. Tellerline ships a development adapter
 * that sends nothing; a bank plugs in its mail and SMS gateway here.
 */
public interface Notifier {

  /**
   * Sends a one-time code to the contact, in the customer's language. An adapter must never log the
   * code or the contact's value in clear.
   */
  void sendCode(CustomerId customer, NewContact to, String code, Locale language);
}
