package io.tellerline.privacy.detection;

/**
 * Words that say a number is something other than personal data (an order, a reference, a one-time
 * code). When such a word is nearer than the word that would confirm the type, the number is left
 * alone: "Bestellnummer 0532013000 von meinem Konto" is an order number.
 */
final class NumberContext {
  static final ContextWords NOT_PERSONAL =
      ContextWords.of(
          "order",
          "bestell",
          "ref",
          "reference",
          "referenz",
          "verwendungszweck",
          "invoice",
          "rechnung",
          "transaction",
          "transaktion",
          "txn",
          "vorgang",
          "ticket",
          "case",
          "fall",
          "tracking",
          "sendung",
          "auftrag",
          "contract",
          "vertrag",
          "mandat",
          "customer no",
          "customer number",
          "kundennummer",
          "tan",
          "pin",
          "code",
          "sms",
          "serial",
          "seriennummer",
          "amount",
          "betrag",
          "eur",
          "€",
          "$",
          "£");

  private NumberContext() {}

  /**
   * True if a confirming word is within the window and no contrary word is nearer. Distances are
   * measured from the nearer edge of the candidate.
   */
  static boolean confirmed(
      ContextWords confirming, String lower, int start, int end, int before, int after) {
    int yes = nearest(confirming, lower, start, end, before, after);
    if (yes < 0) {
      return false;
    }
    int no = nearest(NOT_PERSONAL, lower, start, end, before, after);
    return no < 0 || yes <= no;
  }

  /** True if a contrary word is within the window. */
  static boolean contradicted(String lower, int start, int end, int before, int after) {
    return nearest(NOT_PERSONAL, lower, start, end, before, after) >= 0;
  }

  private static int nearest(
      ContextWords words, String lower, int start, int end, int before, int after) {
    int left = words.distanceBefore(lower, start, before);
    int right = words.distanceAfter(lower, end, after);
    if (left < 0) {
      return right;
    }
    return right < 0 ? left : Math.min(left, right);
  }
}
