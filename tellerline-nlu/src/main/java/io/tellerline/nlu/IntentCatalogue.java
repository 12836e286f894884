package io.tellerline.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Tellerline's intents ({@code catalogue/intents.csv}): for each, whether it is sensitive (moves
 * money, changes security-relevant data or discloses full account or card numbers) and whether it
 * always goes to a person (disputes, fraud, complaints, asking for a person).
 */
public final class IntentCatalogue {

  /** One intent of the catalogue. */
  public record Intent(
      String name, boolean sensitive, boolean alwaysEscalate, String description) {}

  private static final String FILE = "catalogue/intents.csv";
  private final Map<String, Intent> intents;

  private IntentCatalogue(Map<String, Intent> intents) {
    this.intents = Map.copyOf(intents);
  }

  public static IntentCatalogue bundled() {
    Map<String, Intent> intents = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream in = IntentCatalogue.class.getResourceAsStream(FILE);
        var parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CSVRecord row : parser) {
        Intent intent =
            new Intent(
                row.get("intent"),
                Boolean.parseBoolean(row.get("sensitive")),
                Boolean.parseBoolean(row.get("always_escalate")),
                row.get("description"));
        intents.put(intent.name(), intent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IntentCatalogue(intents);
  }

  public Optional<Intent> find(String name) {
    return Optional.ofNullable(intents.get(name));
  }

  public Map<String, Intent> all() {
    return intents;
  }
}
