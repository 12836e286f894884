package io.tellerline.privacy.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.CustomerDirectory;
import io.tellerline.banking.domain.CustomerProfile;
import io.tellerline.banking.domain.PostalAddress;
import io.tellerline.kernel.CustomerId;
import io.tellerline.kernel.Fake;
import io.tellerline.privacy.domain.TokenKeyVersions;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reason staff typed about a customer keeps neither her IBAN nor her own name. */
class StaffTextRedactionTest {

  private static final CustomerId MIA = new CustomerId(UUID.randomUUID());

  @Test
  void theCustomersNameAndStructuredDataAreTokenizedInAStaffReason() {
    PersonalDataProtection protection = protectionKnowing(Optional.of(miaSchmidt()));

    String reason =
        protection.redactAbout(
            MIA, "Mia Schmidt called about DE89370400440532013000 from Hauptstraße 5");

    assertFalse(reason.contains("Mia Schmidt"), reason);
    assertFalse(reason.contains("DE89370400440532013000"), reason);
    assertTrue(reason.contains("[NAME:"), reason);
    assertTrue(reason.startsWith("[NAME:"), reason);
  }

  @Test
  void withoutAProfileStructuredDataIsStillTokenized() {
    PersonalDataProtection protection = protectionKnowing(Optional.empty());

    String reason = protection.redactAbout(MIA, "card 4111 1111 1111 1111 reported stolen");

    assertFalse(reason.contains("4111 1111 1111 1111"), reason);
    assertTrue(reason.endsWith("reported stolen"), reason);
  }

  private static CustomerProfile miaSchmidt() {
    return new CustomerProfile(
        MIA, Locale.GERMAN, "Mia Schmidt", new PostalAddress("Hauptstraße 5", "10115", "Berlin"));
  }

  private static PersonalDataProtection protectionKnowing(Optional<CustomerProfile> profile) {
    PersonalDataProtection protection = new PersonalDataProtection();
    protection.masterKeys =
        Fake.of(
            MasterKeys.class,
            Map.of(
                "tokenizationVersions",
                a -> new TreeMap<>(Map.of(1, new TokenizationKeys(new byte[32], new byte[32])))));
    protection.keyVersions = Fake.of(TokenKeyVersions.class, Map.of("destroyed", a -> Set.of()));
    protection.customers = Fake.of(CustomerDirectory.class, Map.of("profileOf", a -> profile));
    protection.init();
    return protection;
  }
}
