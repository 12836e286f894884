package io.tellerline.banking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Gartenweg 7, 50667 Köln|Gartenweg 7|50667|Köln",
        "Neue Straße 12a 10115 Berlin.|Neue Straße 12a|10115|Berlin",
        "Meine neue Adresse ist Am Markt 3, 80331 München|Am Markt 3|80331|München",
        "Ich bin umgezogen nach Karl-Marx-Allee 90, 10243 Berlin|Karl-Marx-Allee 90|10243|Berlin",
        "22 Baker Street, London NW1 6XE|22 Baker Street|NW1 6XE|London",
        "my new address is 5 High Street, Oxford, ox1 4aa|5 High Street|OX1 4AA|Oxford",
        "I moved to 10 Downing Street, London SW1A2AA|10 Downing Street|SW1A 2AA|London",
      })
  void readsGermanAndBritishAddresses(String typed, String street, String postcode, String city) {
    assertEquals(
        Optional.of(new PostalAddress(street, postcode, city)), PostalAddress.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yes",
        "I want to change my address",
        "Berlin",
        "Gartenweg, Köln",
        "Gartenweg 7 Köln",
        "12345 Berlin",
        "send 50 EUR to Mia"
      })
  void rejectsWhatIsNotOneAddress(String typed) {
    assertTrue(PostalAddress.parse(typed).isEmpty(), typed);
  }
}
