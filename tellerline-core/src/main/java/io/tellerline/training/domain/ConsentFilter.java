package io.tellerline.training.domain;

import io.tellerline.kernel.CustomerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which approved labels may enter a dataset version: staff-written text always (it was checked free
 * of personal data and has no customer behind it); a customer's turn only if she consents to
 * improving the assistant at the moment the version is cut and was not erased. Applied when a
 * version is cut, so a consent withdrawn (or an erasure) after labelling keeps her rows out.
 */
public final class ConsentFilter {

  /** Longest text a dataset row holds (V27). */
  public static final int MAX_TEXT = 2000;

  private ConsentFilter() {}

  /** The rows that may enter, in the candidates' order, and how many were left out. */
  public static Selection select(List<LabelCandidate> candidates, Set<CustomerId> consenting) {
    List<DatasetRow> rows = new ArrayList<>();
    int leftOut = 0;
    for (LabelCandidate candidate : candidates) {
      boolean allowed =
          candidate.customer().isEmpty()
              ? candidate.source() == DatasetRowSource.STAFF_WRITTEN
              : !candidate.erased() && consenting.contains(candidate.customer().get());
      String text = clean(candidate.text());
      if (allowed && !text.isEmpty()) {
        rows.add(
            new DatasetRow(
                candidate.language(),
                candidate.intent(),
                text,
                candidate.source(),
                candidate.sourceRef()));
      } else {
        leftOut++;
      }
    }
    return new Selection(List.copyOf(rows), leftOut);
  }

  /** Control characters (the content hash's separators among them) become spaces; capped. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String cleaned = text.replaceAll("\\p{Cntrl}", " ").strip();
    return cleaned.length() > MAX_TEXT ? cleaned.substring(0, MAX_TEXT).strip() : cleaned;
  }

  /** Rows that may enter a version, and the number of approved labels left out. */
  public record Selection(List<DatasetRow> rows, int leftOut) {}
}
