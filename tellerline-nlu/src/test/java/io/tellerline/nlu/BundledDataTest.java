package io.tellerline.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue and corpus keep the promises the issue makes about them. */
class BundledDataTest {

  private final IntentCatalogue catalogue = IntentCatalogue.bundled();
  private final IntentCorpus corpus = IntentCorpus.bundled();

  @Test
  void catalogueHasAtLeastThirtyIntentsAndMarksTheSensitiveOnes() {
    assertTrue(catalogue.all().size() >= 30);
    assertTrue(catalogue.find("transfer_money").orElseThrow().sensitive());
    assertTrue(catalogue.find("account_details").orElseThrow().sensitive());
    assertTrue(!catalogue.find("account_balance").orElseThrow().sensitive());
    assertTrue(catalogue.find("fraud_report").orElseThrow().alwaysEscalate());
  }

  @Test
  void everyIntentHasAtLeastFortyUtterancesInEachLanguage() {
    for (String language : IntentCorpus.BUNDLED_LANGUAGES) {
      Map<String, Long> counts =
          corpus.utterances().stream()
              .filter(u -> u.language().equals(language))
              .collect(Collectors.groupingBy(LabelledUtterance::label, Collectors.counting()));
      for (String intent : catalogue.all().keySet()) {
        assertTrue(
            counts.getOrDefault(intent, 0L) >= 40,
            language + " " + intent + ": " + counts.get(intent));
      }
      assertTrue(counts.getOrDefault("oos", 0L) >= 100, language + " out-of-scope examples");
    }
  }

  @Test
  void corpusLabelsAreExactlyTheCatalogueAndOutOfScope() {
    Set<String> expected = new TreeSet<>(catalogue.all().keySet());
    expected.add("oos");
    assertEquals(expected, corpus.labels());
  }

  @Test
  void corpusHasNoDuplicateUtterancesAndAStableHash() {
    Set<String> seen = new HashSet<>();
    for (LabelledUtterance u : corpus.utterances()) {
      assertTrue(seen.add(u.language() + ":" + u.text().toLowerCase()), "duplicate: " + u.text());
    }
    assertEquals(corpus.sha256(), IntentCorpus.bundled().sha256());
    assertEquals(64, corpus.sha256().length());
  }
}
