package io.tellerline.kernel;

/**
 * Takes personal data out of text a member of staff wrote about a customer (a reason for a reveal,
 * an erasure, a disabled login) before it is stored or audited. A kernel port because capabilities
 * the privacy capability depends on (identity) need it too; the privacy capability implements it.
 */
public interface StaffTextRedaction {

  /**
   * The text with structured personal data (IBANs, card numbers, e-mail addresses...) and the
   * customer's own name and address replaced by tokens; the originals are not kept, so nothing of
   * them survives the customer's erasure.
   */
  String redactAbout(CustomerId customer, String text);

  /**
   * As {@link #redactAbout}, where no one customer is concerned (or known): structured data only.
   */
  String redact(String text);
}
