package io.tellerline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SensitiveActionsTest {

  @Test
  void remembersFourDigitNumbersAsCardHints() {
    assertEquals(
        Map.of("card_hints", "4242"),
        SensitiveActions.parametersFrom("card_block", "please block my card ending 4242"));
    assertEquals(
        Map.of("card_hints", "4242,8431"),
        SensitiveActions.parametersFrom("card_unblock", "4242 or 8431, not 12345"));
  }

  @Test
  void keepsAtMostFiveCardHints() {
    String many = "1000 1001 1002 1003 1004 1005 1006 1007";
    assertEquals(
        "1000,1001,1002,1003,1004",
        SensitiveActions.parametersFrom("card_block", many).get("card_hints"));
  }

  @Test
  void remembersNothingItDoesNotNeed() {
    assertEquals(Map.of(), SensitiveActions.parametersFrom("card_block", "block my card"));
    assertEquals(Map.of(), SensitiveActions.parametersFrom("account_details", "my iban 1234"));
  }
}
