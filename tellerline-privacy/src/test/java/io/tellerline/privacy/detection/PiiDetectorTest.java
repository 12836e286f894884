package io.tellerline.privacy.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiDetectorTest {
  private static final PiiDetector DETECTOR = new PiiDetector();
  private static final CustomerProfile ALICE =
      new CustomerProfile("Alice Müller", "Hauptstraße 12", "50667", "Köln");

  @Test
  void registryKnowsAllIbanCountries() {
    assertEquals(89, IbanRegistry.countries());
    assertEquals(22, IbanRegistry.length("DE"));
    assertEquals(33, IbanRegistry.length("RU"));
    assertEquals(0, IbanRegistry.length("US"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DE89 3704 0044 0532 0130 00",
        "de89370400440532013000",
        "DE89-3704-0044-0532-0130-00",
        "GB29 NWBK 6016 1331 9268 19",
        "NO9386011117947",
        "FR14 2004 1010 0505 0001 3M02 606"
      })
  void findsIbansAsTyped(String iban) {
    assertOnly("IBAN: " + iban + " bitte", iban, PiiType.IBAN);
  }

  @Test
  void ibanWithBadCheckDigitsIsNotFlagged() {
    assertEquals(List.of(), DETECTOR.detect("IBAN DE88 3704 0044 0532 0130 00?"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "2223-0031-2200-3222",
        "3782 822463 10005",
        "6011111111111117",
        "3530111333300000",
        "30569309025904"
      })
  void findsCardsOfEachScheme(String card) {
    assertOnly("card " + card + " please", card, PiiType.CARD);
  }

  @Test
  void cardFollowedByExpiryStillFound() {
    assertOnly("Karte 4111 1111 1111 1111 12/27", "4111 1111 1111 1111", PiiType.CARD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "card 4111 1111 1111 1112",
        "card ending 4242",
        "Überweisung von 1.234,56 € am 03.04.2024",
        "order 1234567890123456",
        "Kontostand 532013000",
        "TAN 482913"
      })
  void leavesLookAlikesAlone(String text) {
    assertEquals(List.of(), DETECTOR.detect(text), text);
  }

  @Test
  void accountNumberNeedsAccountContext() {
    assertOnly("Kontonummer 0532 0130 00", "0532 0130 00", PiiType.ACCOUNT);
    assertOnly("acct 0532013000, thanks", "0532013000", PiiType.ACCOUNT);
    assertEquals(List.of(), DETECTOR.detect("Bestellnummer 5320130001 bitte prüfen"));
  }

  @Test
  void accountInsideIbanIsReportedAsIban() {
    assertOnly("Konto DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00", PiiType.IBAN);
  }

  @Test
  void ssnExcludesNeverIssuedNumbers() {
    assertOnly("SSN 123-45-6789", "123-45-6789", PiiType.US_SSN);
    for (String ssn : List.of("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567")) {
      assertTrue(DETECTOR.detect("SSN " + ssn).isEmpty(), ssn);
    }
    assertFalse(SsnDetector.issuable("078051120"));
  }

  @Test
  void ninoFollowsPrefixRules() {
    assertOnly("NI AB 12 34 56 C", "AB 12 34 56 C", PiiType.UK_NINO);
    assertFalse(NinoDetector.validPrefix("GB"));
    assertFalse(NinoDetector.validPrefix("DA"));
    assertFalse(NinoDetector.validPrefix("AO"));
    assertTrue(DETECTOR.detect("QQ 12 34 56 C").isEmpty());
  }

  @Test
  void steuerIdChecksDigitAndRepetition() {
    assertTrue(SteuerIdDetector.valid("86095742719"));
    assertFalse(SteuerIdDetector.valid("86095742718"));
    assertFalse(SteuerIdDetector.valid("11111111116"));
    assertOnly("Steuer-ID 86 095 742 719", "86 095 742 719", PiiType.DE_TAX_ID);
  }

  @Test
  void dateNeedsBirthContext() {
    assertOnly("geboren am 12.03.1985", "12.03.1985", PiiType.DATE_OF_BIRTH);
    assertOnly("DOB: March 12th, 1985", "March 12th, 1985", PiiType.DATE_OF_BIRTH);
    assertOnly("Geburtsdatum 3. Mai 1970", "3. Mai 1970", PiiType.DATE_OF_BIRTH);
    assertEquals(List.of(), DETECTOR.detect("Überweisung vom 12.03.1985"));
    assertEquals(List.of(), DETECTOR.detect("born on 31.02.1985"));
  }

  @Test
  void phonesByRegion() {
    assertOnly("ruf an: 0170 1234567", "0170 1234567", PiiType.PHONE);
    assertOnly("call (212) 555-0147", "(212) 555-0147", PiiType.PHONE);
    assertOnly("+41 44 668 18 00", "+41 44 668 18 00", PiiType.PHONE);
    assertEquals(List.of(), DETECTOR.detect("Vorgangsnummer 0221 4711000"));
  }

  @Test
  void anInternationalPhoneNumberNextToAnAccountWordStaysAPhoneNumber() {
    String text = "my phone is +44 20 7946 0958, acct 0987654321.";
    assertEquals(
        List.of(
            new PiiSpan(12, 28, PiiType.PHONE, 0.95), new PiiSpan(35, 45, PiiType.ACCOUNT, 0.9)),
        DETECTOR.detect(text));
  }

  @Test
  void emails() {
    assertOnly("mail: jürgen.schäfer@example.org.", "jürgen.schäfer@example.org", PiiType.EMAIL);
  }

  @Test
  void profileNameInAnySpelling() {
    for (String name : List.of("Alice Müller", "alice mueller", "ALICE MULLER", "Müller, Alice")) {
      assertOnly("Hier ist " + name + "!", name, PiiType.NAME, ALICE);
    }
    assertOnly("Frau Müller hier", "Müller", PiiType.NAME, ALICE);
  }

  @Test
  void profileAddressWithStreetVariants() {
    for (String street :
        List.of("Hauptstraße 12", "Hauptstr. 12", "hauptstrasse 12", "Hauptstr 12")) {
      String address = street + ", 50667 Koeln";
      assertOnly("Neue Adresse: " + address, address, PiiType.ADDRESS, ALICE);
    }
  }

  @Test
  void cityAloneAndCommonWordsAreNotFlagged() {
    assertEquals(List.of(), DETECTOR.detect("Gibt es in Köln eine Filiale?", ALICE));
    CustomerProfile will = new CustomerProfile("Will Hope", null, null, null);
    assertEquals(List.of(), DETECTOR.detect("I will hope so", will));
    assertOnly("Mr Hope here", "Hope", PiiType.NAME, will);
    assertOnly("Will Hope here", "Will Hope", PiiType.NAME, will);
  }

  @Test
  void overlapGoesToTheChecksummedType() {
    List<PiiSpan> spans = DETECTOR.detect("alice.mueller@example.com, Alice Müller", ALICE);
    assertEquals(List.of(PiiType.EMAIL, PiiType.NAME), spans.stream().map(PiiSpan::type).toList());
  }

  private static void assertOnly(String text, String expected, PiiType type) {
    assertOnly(text, expected, type, CustomerProfile.NONE);
  }

  private static void assertOnly(
      String text, String expected, PiiType type, CustomerProfile profile) {
    List<PiiSpan> spans = DETECTOR.detect(text, profile);
    assertEquals(1, spans.size(), text + " -> " + spans);
    assertEquals(type, spans.get(0).type(), text);
    assertEquals(expected, spans.get(0).in(text), text);
  }
}
