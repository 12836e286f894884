package io.tellerline.privacy.tokenization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.privacy.detection.PiiType;
import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void cardKeepsLastFourAndSpacing() {
    assertEquals(
        "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111",
        Masking.mask(PiiType.CARD, "8972 0113 5997 1111"));
  }

  @Test
  void accountKeepsLastFour() {
    assertEquals(
        "\u2022\u2022\u2022\u2022\u2022\u20223000", Masking.mask(PiiType.ACCOUNT, "0941073000"));
  }

  @Test
  void ibanKeepsCountryAndLastFour() {
    assertEquals(
        "DE\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022"
            + " \u2022\u202230 00",
        Masking.mask(PiiType.IBAN, "DE18 3115 8191 0203 4230 00"));
  }

  @Test
  void keyedTokensShowOnlyTheirType() {
    assertEquals("[EMAIL]", Masking.mask(PiiType.EMAIL, "[EMAIL:ba7441a9bab64c8f]"));
    assertEquals("[TAXID]", Masking.mask(PiiType.DE_TAX_ID, "[TAXID:0011223344556677]"));
  }
}
