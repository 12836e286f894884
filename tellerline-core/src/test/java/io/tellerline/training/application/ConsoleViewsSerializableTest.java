package io.tellerline.training.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tellerline.training.domain.DatasetRow;
import io.tellerline.training.domain.DatasetRowSource;
import io.tellerline.training.domain.DatasetVersion;
import io.tellerline.training.domain.ReviewReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The console keeps these in view state, which is replicated with the session (web.xml). */
class ConsoleViewsSerializableTest {

  @Test
  void reviewGroupsAndVersionSummariesSurviveSerialization() throws Exception {
    ReviewGroup group =
        new ReviewGroup(
            List.of(
                new ReviewItemView(
                    UUID.randomUUID(),
                    "en",
                    "pizza [IBAN]",
                    "oos",
                    new BigDecimal("0.3100"),
                    null,
                    List.of(ReviewReason.NOT_UNDERSTOOD),
                    true)));
    DatasetVersionSummary summary =
        new DatasetVersionSummary(
            new DatasetVersion(
                UUID.randomUUID(), 1, "a".repeat(64), 2, "b".repeat(64), "sam", Instant.now(), ""),
            true,
            Map.of("SHIPPED_CORPUS", 1L),
            Map.of("en", 2L),
            List.of(new DatasetRow("en", "oos", "pizza", DatasetRowSource.REVIEWED_TURN, "x")));
    assertEquals(group, roundTrip(group));
    assertEquals(summary, roundTrip(summary));
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
