package io.tellerline.privacy.eval;

import io.tellerline.privacy.detection.CustomerProfile;
import io.tellerline.privacy.detection.PiiSpan;
import io.tellerline.privacy.detection.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the labelled corpus: JSON Lines, one message per line with {@code id}, {@code split} (dev
 * or test), {@code lang}, {@code profile} {fullName, street, postcode, city}, {@code text} and
 * {@code spans} [{start, end, type}] in UTF-16 character offsets of {@code text}, type a {@link
 * PiiType} name.
 */
public final class Corpus {
  /** The bundled corpus on the class path (test resources). */
  public static final String BUNDLED = "/io/tellerline/privacy/eval/pii-corpus.jsonl";

  private Corpus() {}

  public static List<LabelledMessage> read(InputStream in) {
    List<LabelledMessage> messages = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          messages.add(parse(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  @SuppressWarnings("unchecked")
  static LabelledMessage parse(String line) {
    Map<String, Object> row = (Map<String, Object>) Json.parse(line);
    Map<String, Object> p = (Map<String, Object>) row.get("profile");
    CustomerProfile profile =
        p == null
            ? CustomerProfile.NONE
            : new CustomerProfile(
                (String) p.get("fullName"),
                (String) p.get("street"),
                (String) p.get("postcode"),
                (String) p.get("city"));
    List<PiiSpan> spans = new ArrayList<>();
    for (Object o : (List<Object>) row.get("spans")) {
      Map<String, Object> s = (Map<String, Object>) o;
      spans.add(
          new PiiSpan(
              ((Long) s.get("start")).intValue(),
              ((Long) s.get("end")).intValue(),
              PiiType.valueOf((String) s.get("type")),
              1.0));
    }
    return new LabelledMessage(
        (String) row.get("id"),
        (String) row.get("split"),
        (String) row.get("lang"),
        profile,
        (String) row.get("text"),
        spans);
  }
}
