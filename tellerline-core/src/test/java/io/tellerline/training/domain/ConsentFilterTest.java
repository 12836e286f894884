package io.tellerline.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.kernel.CustomerId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentFilterTest {

  private static final CustomerId CONSENTING = new CustomerId(UUID.randomUUID());
  private static final CustomerId WITHDRAWN = new CustomerId(UUID.randomUUID());

  @Test
  void onlyConsentingNotErasedCustomersAndStaffWrittenTextEnter() {
    LabelCandidate consented = turn(CONSENTING, false, "what is a pizza loan");
    LabelCandidate withdrawn = turn(WITHDRAWN, false, "what is a pizza mortgage");
    LabelCandidate erased = turn(CONSENTING, true, "[IBAN] pizza");
    LabelCandidate written =
        new LabelCandidate(
            UUID.randomUUID(),
            DatasetRowSource.STAFF_WRITTEN,
            null,
            "en",
            "oos",
            "which pizza is best",
            Optional.empty(),
            false);

    ConsentFilter.Selection selection =
        ConsentFilter.select(List.of(consented, withdrawn, erased, written), Set.of(CONSENTING));

    assertEquals(
        List.of("what is a pizza loan", "which pizza is best"),
        selection.rows().stream().map(DatasetRow::text).toList());
    assertEquals(2, selection.leftOut());
    assertEquals("review-label:" + consented.labelId(), selection.rows().get(0).sourceRef());
    assertEquals(DatasetRowSource.STAFF_WRITTEN, selection.rows().get(1).source());
  }

  @Test
  void aConfirmedCorrectionNamesTheCorrectionAndATurnWithoutCustomerNeverEnters() {
    UUID correction = UUID.randomUUID();
    LabelCandidate confirmed =
        new LabelCandidate(
            UUID.randomUUID(),
            DatasetRowSource.STAFF_CORRECTION,
            correction,
            "de",
            "oos",
            "Welche Pizza?",
            Optional.of(CONSENTING),
            false);
    LabelCandidate orphan =
        new LabelCandidate(
            UUID.randomUUID(),
            DatasetRowSource.REVIEWED_TURN,
            null,
            "en",
            "oos",
            "no customer",
            Optional.empty(),
            false);
    ConsentFilter.Selection selection =
        ConsentFilter.select(List.of(confirmed, orphan), Set.of(CONSENTING));
    assertEquals(1, selection.rows().size());
    assertEquals("intent-correction:" + correction, selection.rows().get(0).sourceRef());
    assertEquals(1, selection.leftOut());
  }

  @Test
  void controlCharactersCannotBreakTheHashEncodingAndLongTextIsCapped() {
    assertEquals("a b", ConsentFilter.clean("a\u001fb"));
    assertEquals("", ConsentFilter.clean(null));
    assertEquals(ConsentFilter.MAX_TEXT, ConsentFilter.clean("x".repeat(5000)).length());
    ConsentFilter.Selection blank =
        ConsentFilter.select(List.of(turn(CONSENTING, false, " \u001e ")), Set.of(CONSENTING));
    assertEquals(0, blank.rows().size());
    assertEquals(1, blank.leftOut());
  }

  private static LabelCandidate turn(CustomerId customer, boolean erased, String text) {
    return new LabelCandidate(
        UUID.randomUUID(),
        DatasetRowSource.REVIEWED_TURN,
        null,
        "en",
        "oos",
        text,
        Optional.of(customer),
        erased);
  }
}
