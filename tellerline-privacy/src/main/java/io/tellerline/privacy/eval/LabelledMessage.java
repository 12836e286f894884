package io.tellerline.privacy.eval;

import io.tellerline.privacy.detection.CustomerProfile;
import io.tellerline.privacy.detection.PiiSpan;
import java.util.List;

/** One corpus line: a chat message, the profile of its author, and its gold PII spans. */
public record LabelledMessage(
    String id,
    String split,
    String lang,
    CustomerProfile profile,
    String text,
    List<PiiSpan> spans) {

  public LabelledMessage {
    spans = List.copyOf(spans);
  }
}
