package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.banking.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusualDebitDetectorTest {

  private final UnusualDebitDetector detector = new UnusualDebitDetector();

  @Test
  void aLargePaymentAtANewMerchantAndAFarLargerOneAtAKnownOneAreUnusual() {
    Histories history = new Histories().everyday();
    history.book(Histories.TODAY.minusDays(3), "-1249.00", "MediaMarkt", "shopping");
    history.book(Histories.TODAY.minusDays(1), "-640.00", "REWE", "groceries");
    List<Insight> found = detector.detect(history.withBalance("900"));
    assertEquals(2, found.size(), found.toString());
    assertEquals("unusual-debit.new-merchant", found.get(0).reason());
    assertEquals("MediaMarkt", found.get(0).facts().get(0));
    assertEquals("unusual-debit.known-merchant", found.get(1).reason());
  }

  @Test
  void ordinaryPaymentsAHugeOwnTransferAndAThinHistoryAreNot() {
    Histories history = new Histories().everyday();
    history.book(Histories.TODAY.minusDays(2), "-2500.00", "Lena Becker", "transfer");
    history.book(Histories.TODAY.minusDays(2), "-140.00", "IKEA", "shopping");
    assertEquals(List.of(), detector.detect(history.withBalance("900")));
    Histories thin = new Histories();
    thin.book(Histories.TODAY.minusDays(20), "-20.00", "REWE", "groceries");
    thin.book(Histories.TODAY.minusDays(1), "-1249.00", "MediaMarkt", "shopping");
    assertEquals(List.of(), detector.detect(thin.withBalance("900")));
  }

  @Test
  void aPurchaseInLineWithHerOwnEarlierLargeOnesIsNotButOneHalfAsLargeAgainIs() {
    Histories history = new Histories().everyday();
    history.book(Histories.TODAY.minusDays(120), "-900.00", "Höffner Möbel", "shopping");
    history.book(Histories.TODAY.minusDays(5), "-700.00", "Saturn", "shopping");
    assertEquals(List.of(), detector.detect(history.withBalance("900")));
    history.book(Histories.TODAY.minusDays(2), "-1350.00", "LuxWatch Store", "shopping");
    List<Insight> found = detector.detect(history.withBalance("900"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("LuxWatch Store", found.get(0).facts().get(0));
    assertEquals(Money.of("900.00", "EUR"), found.get(0).facts().get(3));
  }

  @Test
  void herRentDoesNotHideAnUnusualPaymentAndNoMandateCollectionIsReported() {
    Histories history = new Histories().everyday();
    history.monthly(6, 1, "-1100.00", "Hausverwaltung Lindenstraße", "rent");
    history.debit(Histories.TODAY.minusDays(4), "HUK-2027-4711", "-640.00", "HUK-Coburg");
    assertEquals(List.of(), detector.detect(history.withBalance("900")));
    history.book(Histories.TODAY.minusDays(25), "-480.00", "ONLINE-ELEKTRO24", "shopping");
    List<Insight> found = detector.detect(history.withBalance("900"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("unusual-debit.new-merchant", found.get(0).reason());
  }

  @Test
  void aPaymentOlderThanThirtyDaysIsNoLongerReported() {
    Histories history = new Histories().everyday();
    history.book(Histories.TODAY.minusDays(30), "-1249.00", "MediaMarkt", "shopping");
    assertEquals(List.of(), detector.detect(history.withBalance("900")));
  }

  @Test
  void aPaymentTwentyNineDaysAgoIsStillInTheWindow() {
    Histories history = new Histories().everyday();
    history.book(Histories.TODAY.minusDays(29), "-1249.00", "MediaMarkt", "shopping");
    assertEquals(1, detector.detect(history.withBalance("900")).size());
  }

  @Test
  void withOnlyRegularBillsBeforeAPaymentSaysSoInsteadOfNamingALargestPayment() {
    Histories history = new Histories();
    history.monthly(6, 1, "-980.00", "Hausverwaltung Klein", "rent");
    history.monthly(6, 5, "-12.99", "Netflix", "subscription");
    history.monthly(6, 9, "-84.50", "Stadtwerke", "utilities");
    history.monthly(6, 15, "-29.90", "FitX", "leisure");
    history.book(Histories.TODAY.minusDays(2), "-300.00", "ONLINE-ELEKTRO24", "shopping");
    List<Insight> found = detector.detect(history.withBalance("900"));
    assertEquals(1, found.size(), found.toString());
    assertEquals("unusual-debit.first-purchase", found.get(0).reason());
  }
}
