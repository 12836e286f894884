package io.tellerline.staffassist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.PiiMark;
import io.tellerline.privacy.domain.PiiMarks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyTemplateTest {

  @Test
  void anEarlierStaffReplyKeepsNoPersonalDataOnlyPlaceholders() {
    String body = "Hello Anna Schmidt, your IBAN DE00 TOKEN 0000 is blocked.";
    int name = body.indexOf("Anna Schmidt");
    int iban = body.indexOf("DE00");
    PiiMarks marks =
        new PiiMarks(
            List.of(
                new PiiMark(PiiType.NAME, name, name + "Anna Schmidt".length()),
                new PiiMark(PiiType.IBAN, iban, iban + "DE00 TOKEN 0000".length())));

    assertEquals(
        "Hello {customer.firstName}, your IBAN {account.iban} is blocked.",
        ReplyTemplate.of(body, marks));
  }

  @Test
  void fillsOnlyFromTheMaskedViewAndLeavesTheRestForTheTeller() {
    Map<String, String> facts =
        ReplyTemplate.maskedFacts(
            List.of(
                Map.entry(PiiType.IBAN, "•••• 1111"),
                Map.entry(PiiType.NAME, "[NAME]"),
                Map.entry(PiiType.EMAIL, "[EMAIL]"),
                Map.entry(PiiType.IBAN, "DE•• •••• •••• •••• ••30 00")));

    assertEquals(Map.of("account.iban", "DE•• •••• •••• •••• ••30 00"), facts, "latest wins");
    String filled =
        ReplyTemplate.fill(
            "Hello {customer.firstName}, your IBAN {account.iban} ($1) is blocked.", facts);
    assertEquals(
        "Hello {customer.firstName}, your IBAN DE•• •••• •••• •••• ••30 00 ($1) is blocked.",
        filled);
    assertEquals(List.of("{customer.firstName}"), ReplyTemplate.unfilled(filled));
    assertEquals(List.of(), ReplyTemplate.unfilled("Hello {not a placeholder} and {}"));
  }
}
