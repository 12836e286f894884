package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.kernel.Fake;
import io.tellerline.privacy.detection.PiiDetector;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.TokenKeyVersions;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import io.tellerline.privacy.tokenization.Tokenizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Versions of the tokenization keys as personal-data protection uses them during a rotation. */
class TokenKeyVersionsTest {

  private static final String IBAN = "DE89 3704 0044 0532 0130 00";
  private static final TokenizationKeys V1 = keys(1);
  private static final TokenizationKeys V2 = keys(2);

  private final Set<Integer> destroyed = new HashSet<>();

  @Test
  void newTokensAreMadeUnderTheNewestVersion() {
    PersonalDataProtection protection = protection(Map.of(1, V1, 2, V2));
    assertEquals(2, protection.tokenKeyVersion());
    String newToken = tokenizer(V2).tokenFor(PiiType.IBAN, IBAN);
    assertEquals("IBAN " + newToken, protection.withoutPersonalData("IBAN " + IBAN));
    assertEquals(newToken, protection.tokenNow(PiiType.IBAN, IBAN));
    assertNotEquals(tokenizer(V1).tokenFor(PiiType.IBAN, IBAN), newToken);
  }

  @Test
  void aValueIsFoundUnderEveryLiveVersionUntilTheOldOneIsDestroyed() {
    PersonalDataProtection protection = protection(Map.of(1, V1, 2, V2));
    SearchToken during = protection.searchTokenFor(IBAN).orElseThrow();
    String under1 = tokenizer(V1).tokenFor(PiiType.IBAN, IBAN).replace(" ", "");
    String under2 = tokenizer(V2).tokenFor(PiiType.IBAN, IBAN).replace(" ", "");
    assertEquals(List.of(under2, under1), during.compactAll());
    assertEquals(under2, during.compact());

    destroyed.add(1);
    SearchToken after = protection.searchTokenFor(IBAN).orElseThrow();
    assertEquals(List.of(under2), after.compactAll());
    assertEquals(Set.of(2), protection.liveTokenKeyVersions());
    assertFalse(protection.liveTokenKeyVersions().contains(1));
  }

  @Test
  void aDestroyedVersionIsNeverLoadedAgainFromAKeystoreThatStillHoldsIt() {
    destroyed.add(1);
    PersonalDataProtection protection = protection(Map.of(1, V1, 2, V2));
    assertEquals(
        List.of(tokenizer(V2).tokenFor(PiiType.IBAN, IBAN)),
        protection.searchTokenFor(IBAN).orElseThrow().tokens());
    assertEquals(Set.of(2), protection.liveTokenKeyVersions());
  }

  @Test
  void refusesToTokenizeWhenItsOnlyVersionWasDestroyed() {
    PersonalDataProtection protection = protection(Map.of(1, V1));
    destroyed.add(1);
    assertThrows(IllegalStateException.class, () -> protection.searchTokenFor(IBAN));
  }

  @Test
  void theSameTypedValueGivesOneTokenPerVersionOrNone() {
    PersonalDataProtection protection = protection(Map.of(1, V1, 2, V2));
    assertTrue(protection.searchTokenFor("hello").isEmpty());
    assertEquals(PiiType.IBAN, protection.searchTokenFor(IBAN).orElseThrow().type());
  }

  private PersonalDataProtection protection(Map<Integer, TokenizationKeys> held) {
    PersonalDataProtection protection = new PersonalDataProtection();
    protection.masterKeys =
        Fake.of(MasterKeys.class, Map.of("tokenizationVersions", a -> new TreeMap<>(held)));
    protection.keyVersions =
        Fake.of(TokenKeyVersions.class, Map.of("destroyed", a -> Set.copyOf(destroyed)));
    protection.init();
    return protection;
  }

  private static Tokenizer tokenizer(TokenizationKeys keys) {
    return new Tokenizer(new PiiDetector(), keys);
  }

  private static TokenizationKeys keys(int fill) {
    byte[] ff1 = new byte[32];
    byte[] hmac = new byte[32];
    Arrays.fill(ff1, (byte) fill);
    Arrays.fill(hmac, (byte) (fill + 100));
    return new TokenizationKeys(ff1, hmac);
  }
}
