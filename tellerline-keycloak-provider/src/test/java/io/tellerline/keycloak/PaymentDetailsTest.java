package io.tellerline.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentDetailsTest {

  private static final String ID = "6f1c2a8e-0b7d-4c55-9d0e-3a2b1c0d9e8f";
  private static final String REQUESTED =
      "[{\"type\":\"payment_initiation\",\"identifier\":\"" + ID + "\"}]";

  private static Map<String, Object> transfer() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("type", "payment_initiation");
    fields.put("identifier", ID);
    fields.put("instructedAmount", Map.of("currency", "EUR", "amount", "250.00"));
    fields.put("creditorName", "Mia Schmidt");
    fields.put("creditorAccount", Map.of("ibanEnding", "8603"));
    fields.put("requestedExecutionDate", "2026-12-06");
    return fields;
  }

  @Test
  void aTransferIsReadAndShownInTheCustomersLanguage() {
    PaymentDetails payment = PaymentDetails.single(List.of(transfer())).orElseThrow();
    assertEquals(ID, payment.identifier());
    assertEquals("Mia Schmidt", payment.creditorName());
    assertEquals("8603", payment.accountEnding());
    assertEquals("€250.00", payment.amountText(Locale.ENGLISH).orElseThrow());
    assertEquals(
        "250,00 €", payment.amountText(Locale.GERMAN).orElseThrow().replace('\u00a0', ' '));
    assertEquals("6 December 2026", payment.dateText(Locale.UK).orElseThrow());
  }

  @Test
  void aNewPayeeNeedsNoAmountOrDate() {
    Map<String, Object> payee = transfer();
    payee.remove("instructedAmount");
    payee.remove("requestedExecutionDate");
    PaymentDetails payment = PaymentDetails.single(List.of(payee)).orElseThrow();
    assertFalse(payment.hasAmount());
    assertTrue(payment.amountText(Locale.ENGLISH).isEmpty());
  }

  @Test
  void malformedPaymentsAreRefused() {
    for (String field :
        List.of("identifier", "creditorName", "creditorAccount", "requestedExecutionDate")) {
      Map<String, Object> bad = transfer();
      bad.put(field, field.equals("requestedExecutionDate") ? "tomorrow" : "");
      assertThrows(
          IllegalArgumentException.class, () -> PaymentDetails.single(List.of(bad)), field);
    }
    Map<String, Object> fullIban = transfer();
    fullIban.put("creditorAccount", Map.of("ibanEnding", "DE89370400440532013000"));
    assertThrows(IllegalArgumentException.class, () -> PaymentDetails.single(List.of(fullIban)));
    Map<String, Object> amount = transfer();
    amount.put("instructedAmount", Map.of("currency", "EUR", "amount", "1e3"));
    assertThrows(IllegalArgumentException.class, () -> PaymentDetails.single(List.of(amount)));
  }

  @Test
  void aStandingOrdersRhythmIsReadAndNamedAndAnUnknownOneIsRefused() {
    Map<String, Object> standingOrder = transfer();
    standingOrder.put("frequency", "MONTHLY");
    PaymentDetails payment = PaymentDetails.single(List.of(standingOrder)).orElseThrow();
    assertEquals("tellerlinePaymentRepeatsMONTHLY", payment.frequencyMessageKey().orElseThrow());
    assertTrue(
        PaymentDetails.single(List.of(transfer())).orElseThrow().frequencyMessageKey().isEmpty());

    standingOrder.put("frequency", "DAILY");
    assertThrows(
        IllegalArgumentException.class, () -> PaymentDetails.single(List.of(standingOrder)));
  }

  @Test
  void everyRhythmTheServerSendsHasATextInEveryLanguageOfTheTheme() throws Exception {
    for (String language : List.of("en", "de")) {
      java.util.Properties messages = new java.util.Properties();
      try (var in =
          getClass()
              .getResourceAsStream(
                  "/theme/tellerline/login/messages/messages_" + language + ".properties")) {
        messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      for (String rhythm : List.of("WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY")) {
        assertTrue(
            messages.containsKey("tellerlinePaymentRepeats" + rhythm), language + " " + rhythm);
      }
    }
  }

  @Test
  void onlyASinglePaymentCounts() {
    assertTrue(PaymentDetails.single(List.of()).isEmpty());
    assertTrue(PaymentDetails.single(List.of(transfer(), transfer())).isEmpty());
  }

  @Test
  void releaseNeedsTheFingerprintOfExactlyTheRequestedDetails() {
    String confirmed = PaymentDetails.fingerprint(REQUESTED);
    assertTrue(PaymentDetails.confirmed(confirmed, REQUESTED));
    assertFalse(PaymentDetails.confirmed(confirmed, REQUESTED.replace("6f1c", "7f1c")));
    assertFalse(PaymentDetails.confirmed(null, REQUESTED), "no one-time code confirmed it");
    assertFalse(PaymentDetails.confirmed(confirmed, null));
  }
}
