package io.tellerline.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclinedRequestTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I do not want to transfer any money",
        "i dont want to send anything",
        "I don't want to pay Mia",
        "don't transfer anything please",
        "no transfer today",
        "no thanks, I don't want to pay anyone",
        "Ich möchte kein Geld überweisen",
        "ich will nichts überweisen",
        "ich moechte die karte nicht sperren",
        "keine überweisung bitte",
        "bitte nicht überweisen",
      })
  void recognisesARequestTheCustomerDeclines(String text) {
    assertTrue(DeclinedRequest.in(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I want to transfer 50 euros to Mia",
        "why can't I transfer money?",
        "send 100 to Tom, not to Mia",
        "Überweise 100 Euro an Mia",
        "ich möchte 50 euro an tom überweisen",
        "warum kann ich nicht überweisen?",
        "block my card now",
        "I don't want a bot, I want a human",
        "ich möchte nicht mit einem Bot reden",
      })
  void leavesAnOrdinaryRequestAlone(String text) {
    assertFalse(DeclinedRequest.in(text), text);
  }
}
