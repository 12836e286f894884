package io.tellerline.privacy.cardsecrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Self-written cases (by the detector's author; the held-out figures are in BENCHMARKS.md). Each
 * row: the message, and what the detector must find as "KIND=value;…" (empty: nothing).
 */
class CardSecretDetectorTest {

  private final CardSecretDetector detector = new CardSecretDetector();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my pin is 4711 can you check it|PIN=4711",
        "Meine Geheimzahl lautet 0815, ist die gesperrt?|PIN=0815",
        "pin code: 123456|PIN=123456",
        "CVV 123|CVC=123",
        "the 3 digits on the back are 987|CVC=987",
        "Prüfziffer 456 und gültig bis 08/27|CVC=456;EXPIRY=08/27",
        "card 4111 1111 1111 1111 exp 09/28 cvc 321|EXPIRY=09/28;CVC=321",
        "4111111111111111 08/27 123|EXPIRY=08/27;CVC=123",
        "[CARD:4111********1111] 11/2029 777|EXPIRY=11/2029;CVC=777",
        "valid thru 4/27|EXPIRY=4/27",
        "Ablaufdatum 12-29|EXPIRY=12-29",
        "amex cid 1234|CVC=1234",
        "I forgot my PIN|",
        "my pin is blocked after 3 attempts|",
        "card ending 4242, pin letter please|",
        "what is a CVC?|",
        "I paid 123 euros on 08/12|",
        "Termin am 03.11. um 14 Uhr|",
        "the code 123456 from the SMS does not work|",
        "TAN 482913 kam nicht an|",
        "pin since 2019 unchanged, card ends in 1234|",
        "Karte endet auf 5100, PIN-Brief bitte|",
        "security code sent by sms 554433 expired|",
        "my pin 1234 and the card number ends 9876|PIN=1234",
        "€ 450 limit for pin payments|",
        "pin is 4 7 1 1|PIN=4 7 1 1",
        "meine PIN ist 61 20|PIN=61 20",
        "exp 0129 cvv 55 1|EXPIRY=0129;CVC=55 1",
        "expiry fine, 3 attempts left on pin 2 2|",
        "Kontostand 1 250 euro|",
      })
  void findsCardSecretsOnlyWhereTheyAreNamed(String message, String expected) {
    List<CardSecret> found = detector.find(message);
    String actual =
        found.stream()
            .map(f -> f.kind() + "=" + message.substring(f.start(), f.end()))
            .collect(Collectors.joining(";"));
    assertEquals(expected == null ? "" : expected, actual, message);
  }
}
