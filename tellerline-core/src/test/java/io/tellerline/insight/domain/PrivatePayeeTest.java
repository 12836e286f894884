package io.tellerline.insight.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivatePayeeTest {

  @Test
  void namesShapedLikeAPersonsArePersons() {
    for (String person :
        new String[] {
          "Andrea Demir", "HERRMANN, KLAUS", "K. Klein", "Jugendkonto Lena", "Anna-Lena Schmidt"
        }) {
      assertTrue(PrivatePayee.looksLikeAPerson(person), person);
    }
  }

  @Test
  void businessesAndNamesOfNoPersonsShapeAreNot() {
    for (String business :
        new String[] {
          "Hausverwaltung Klein",
          "Wohnbau Nord GmbH",
          "Stadtwerke Kiel",
          "SOS-Kinderdörfer weltweit",
          "Netflix",
          "FitX Fitnessstudio",
          "Vonovia SE",
          "Klein & Co. KG",
          "MÜLLER, SCHMIDT GBR"
        }) {
      assertFalse(PrivatePayee.looksLikeAPerson(business), business);
    }
  }
}
