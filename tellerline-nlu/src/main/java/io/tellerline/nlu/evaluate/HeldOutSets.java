package io.tellerline.nlu.evaluate;

import io.tellerline.nlu.LabelledUtterance;
import io.tellerline.nlu.sentiment.FrustrationDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The evaluation data that ships with the NLU (never training data): the held-out intent and
 * frustration sets, written by people who saw neither the corpus nor the code (hashes in
 * BENCHMARKS.md), and the messages of the conversation test suite with the intent each story
 * expects. A story's message is taken on its own, without the dialogue before it.
 */
public final class HeldOutSets {

  private static final String INTENTS = "/io/tellerline/nlu/heldout/intents-heldout.csv";
  private static final String FRUSTRATION = "/io/tellerline/nlu/heldout/frustration-heldout.csv";
  private static final String STORIES = "/io/tellerline/nlu/stories/conversation-stories.csv";

  private HeldOutSets() {}

  /** {@code text,language,label} (36 intents and {@code oos}). */
  public static List<LabelledUtterance> intents() {
    List<LabelledUtterance> rows = new ArrayList<>();
    for (CSVRecord row : records(INTENTS)) {
      rows.add(new LabelledUtterance(row.get("text"), row.get("label"), row.get("language")));
    }
    return rows;
  }

  public static List<FrustrationDetector.Example> frustration() {
    try (InputStream in = open(FRUSTRATION)) {
      return FrustrationDetector.read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each story turn's message that names its expected intent; the language is the story customer's
   * (Alice writes English, Bastian German).
   */
  public static List<LabelledUtterance> storyMessages() {
    List<LabelledUtterance> rows = new ArrayList<>();
    for (CSVRecord row : records(STORIES)) {
      if (row.get("intent").isBlank() || row.get("message").isBlank()) {
        continue; // a turn the story checks by its outcome only
      }
      rows.add(
          new LabelledUtterance(
              row.get("message"),
              row.get("intent"),
              "bastian".equals(row.get("customer")) ? "de" : "en"));
    }
    return rows;
  }

  private static List<CSVRecord> records(String resource) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = open(resource);
        var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = HeldOutSets.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("evaluation data missing: " + resource);
    }
    return in;
  }
}
