package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
