package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyPayeeTest {

  @Test
  void rentWithABackPaymentAndTwoSubscriptionPaymentsAreSteadyGroceriesAreNot() {
    Histories history =
        new Histories().everyday().monthly(6, 20, "-980.00", "Hausverwaltung Klein", "rent");
    history.book(Histories.TODAY.minusDays(10), "-120.00", "Hausverwaltung Klein", "rent");
    history.book(Histories.TODAY.minusDays(40), "-12.99", "NETFLIX.COM", "subscription");
    history.book(Histories.TODAY.minusDays(9), "-12.99", "NETFLIX.COM", "subscription");
    List<SteadyPayee> steady = SteadyPayee.in(history.withBalance("0").charges());
    assertEquals(
        List.of("hausverwaltung klein", "netflix.com"),
        steady.stream().map(SteadyPayee::key).sorted().toList());
    SteadyPayee rent =
        steady.stream().filter(p -> p.key().startsWith("hausverwaltung")).findFirst().get();
    assertEquals(Histories.TODAY.minusMonths(1).withDayOfMonth(20), rent.latest());
    assertTrue(rent.isRunningOn(Histories.TODAY));
    assertEquals(
        Histories.TODAY.withDayOfMonth(20), rent.nextAfter(Histories.TODAY).withDayOfMonth(20));
  }

  @Test
  void aPayeeLastPaidLongAgoIsNoLongerRunning() {
    Histories history = new Histories();
    history.book(Histories.TODAY.minusDays(150), "-49.00", "FitX", "leisure");
    history.book(Histories.TODAY.minusDays(120), "-49.00", "FitX", "leisure");
    SteadyPayee gym = SteadyPayee.in(history.withBalance("0").charges()).get(0);
    assertEquals(30, gym.gapDays());
    assertFalse(gym.isRunningOn(Histories.TODAY));
  }
}
