package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.Payee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferSlotsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Payee MIA = new Payee(UUID.randomUUID(), "Mia Schmidt", "8603");
  private static final Payee LANDLORD =
      new Payee(UUID.randomUUID(), "Hausverwaltung Klein", "6199");
  private static final List<Payee> PAYEES = List.of(MIA, LANDLORD);

  @Test
  void amountsNeedACurrencyUnlessTheAssistantAskedForOne() {
    assertEquals(
        Optional.of(new BigDecimal("25")), TransferSlots.amount("send 25 euros to Mia", false));
    assertEquals(
        Optional.of(new BigDecimal("49.90")),
        TransferSlots.amount("Überweise 49,90 € an Mia", false));
    assertEquals(Optional.of(new BigDecimal("100")), TransferSlots.amount("€100 please", false));
    assertTrue(TransferSlots.amount("send money to Mia on 15.12.", false).isEmpty());
    assertEquals(Optional.of(new BigDecimal("30")), TransferSlots.amount("30", true));
    assertTrue(TransferSlots.amount("30", false).isEmpty());
  }

  @Test
  void payeesByFullFirstOrLastName() {
    assertEquals(Optional.of(MIA), TransferSlots.payee("to mia please", PAYEES));
    assertEquals(
        Optional.of(LANDLORD), TransferSlots.payee("die Miete an Hausverwaltung Klein", PAYEES));
    assertTrue(TransferSlots.payee("to my brother", PAYEES).isEmpty());
  }

  @Test
  void datesTodayTomorrowAndGermanNotation() {
    assertEquals(Optional.of(TODAY.plusDays(1)), TransferSlots.date("morgen bitte", TODAY));
    assertEquals(Optional.of(TODAY), TransferSlots.date("today", TODAY));
    assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), TransferSlots.date("am 15.12.", TODAY));
    assertEquals(Optional.of(LocalDate.of(2027, 1, 2)), TransferSlots.date("on 2.1.", TODAY));
    assertTrue(TransferSlots.date("on 31.02.2027", TODAY).isEmpty());
  }

  @Test
  void aBareNumberRightAfterThePaymentVerbIsTheAmount() {
    assertEquals(
        Optional.of(new BigDecimal("980")),
        TransferSlots.amount("pay my landlord 980 on the 1st", false));
    assertEquals(Optional.of(new BigDecimal("50")), TransferSlots.amount("send 50 to Tom", false));
    assertEquals(
        Optional.of(new BigDecimal("120")), TransferSlots.amount("überweise Mia 120", false));
    assertTrue(TransferSlots.amount("pay Mia on the 1st", false).isEmpty());
    assertTrue(TransferSlots.amount("send money to Mia on 15.12.", false).isEmpty());
  }

  @Test
  void relativeDaysAreTheNextSuchDay() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 12, 1)),
        TransferSlots.date("pay my landlord 980 on the 1st", TODAY));
    assertEquals(
        Optional.of(LocalDate.of(2026, 11, 27)),
        TransferSlots.date("Überweise 30 Euro an Lena am Freitag", TODAY));
  }
}
