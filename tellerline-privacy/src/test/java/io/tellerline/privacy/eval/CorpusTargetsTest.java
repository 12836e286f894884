package io.tellerline.privacy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiSpan;
import io.tellerline.privacy.detection.PiiType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The issue-5 targets on the bundled labelled corpus; fails when the detectors regress. */
class CorpusTargetsTest {
  private static final PiiDetector DETECTOR = new PiiDetector();
  private static List<LabelledMessage> corpus;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = CorpusTargetsTest.class.getResourceAsStream(Corpus.BUNDLED)) {
      corpus = Corpus.read(in);
    }
  }

  @Test
  void corpusIsLargeEnoughAndCoversBothLanguages() {
    long spans = corpus.stream().mapToLong(m -> m.spans().size()).sum();
    assertTrue(spans >= 500, "spans " + spans);
    Set<String> languages = corpus.stream().map(LabelledMessage::lang).collect(Collectors.toSet());
    assertEquals(Set.of("en", "de"), languages);
    assertTrue(corpus.stream().filter(m -> m.spans().isEmpty()).count() >= 200, "negatives");
  }

  @Test
  void goldSpansLieInsideTheirMessages() {
    for (LabelledMessage m : corpus) {
      for (PiiSpan s : m.spans()) {
        assertTrue(s.end() <= m.text().length(), m.id());
        assertFalse(s.in(m.text()).isBlank(), m.id());
      }
    }
  }

  @Test
  void heldOutSplitMeetsTargets() {
    assertEquals(List.of(), Targets.unmet(evaluate("test")));
  }

  @Test
  void wholeCorpusMeetsTargets() {
    assertEquals(List.of(), Targets.unmet(evaluate("all")));
  }

  @Test
  void targetsFailWhenADetectorRegresses() {
    List<LabelledMessage> test = EvaluateCorpus.select(corpus, "test");
    Evaluation withoutIbans =
        Evaluation.of(
            test,
            m ->
                DETECTOR.detect(m.text(), m.profile()).stream()
                    .filter(s -> s.type() != PiiType.IBAN)
                    .toList());
    assertTrue(Targets.unmet(withoutIbans).get(0).startsWith("IBAN recall"));
    Evaluation flagsEveryNumber =
        Evaluation.of(test, m -> List.of(new PiiSpan(0, m.text().length(), PiiType.PHONE, 1)));
    assertFalse(Targets.unmet(flagsEveryNumber).isEmpty());
  }

  private static Evaluation evaluate(String split) {
    return Evaluation.of(
        EvaluateCorpus.select(corpus, split), m -> DETECTOR.detect(m.text(), m.profile()));
  }
}
