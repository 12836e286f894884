package io.tellerline.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped pipeline, with the model the build trained from the bundled corpus. */
class TellerlineNluTest {

  private static TellerlineNlu nlu;

  @BeforeAll
  static void load() {
    nlu = TellerlineNlu.loadBundled();
  }

  @Test
  void understandsAnEnglishBalanceQuestion() {
    MessageAnalysis analysis =
        nlu.analyse("could you tell me how much money is on my current account", "de");
    assertEquals("account_balance", analysis.intent().intent());
    assertEquals("en", analysis.language().language());
    assertFalse(analysis.frustration().frustrated());
    assertEquals(nlu.modelVersion(), analysis.intent().modelVersion());
    assertFalse(analysis.intent().explanation().neighbours().isEmpty());
  }

  @Test
  void understandsGermanAndFallsBackToTheProfileLanguageForShortText() {
    MessageAnalysis analysis = nlu.analyse("Meine Kreditkarte wurde mir gestern gestohlen", "en");
    assertEquals("card_lost_or_stolen", analysis.intent().intent());
    assertEquals("de", analysis.language().language());
    assertTrue(nlu.analyse("hallo", "de").language().fromProfile());
  }

  @Test
  void detectsOutOfScopeAndFrustration() {
    assertTrue(nlu.analyse("what is a good recipe for apple pie", "en").intent().outOfScope());
    assertTrue(
        nlu.analyse("This is the THIRD time I ask and nobody helps me, useless bank!!", "en")
            .frustration()
            .frustrated());
  }

  @Test
  void theModelNamesTheDataItWasTrainedOn() {
    assertEquals(IntentCorpus.bundled().sha256(), nlu.trainingDataSha256());
  }
}
