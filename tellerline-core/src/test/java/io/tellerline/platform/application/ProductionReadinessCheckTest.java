package io.tellerline.platform.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.platform.domain.GoodProductionSettings;
import org.junit.jupiter.api.Test;

class ProductionReadinessCheckTest {

  private static ProductionReadinessCheck check(GoodProductionSettings settings) {
    ProductionReadinessCheck check = new ProductionReadinessCheck();
    check.configuration = settings::build;
    return check;
  }

  @Test
  void theRefusalNamesEveryProblemInOneMessage() {
    GoodProductionSettings settings = new GoodProductionSettings();
    settings.demoData = true;
    settings.issuer = "http://localhost:8180/realms/tellerline";
    String message =
        assertThrows(ProductionNotReadyException.class, () -> check(settings).requireReadyToServe())
            .getMessage();
    assertTrue(message.contains("TELLERLINE_PROFILE=production"), message);
    assertTrue(message.contains("2 settings need changing"), message);
    assertTrue(message.contains("TELLERLINE_DEMO_DATA"), message);
    assertTrue(message.contains("TELLERLINE_OIDC_ISSUER"), message);
  }

  @Test
  void developmentStartsWithTheSameSettings() {
    GoodProductionSettings settings = new GoodProductionSettings();
    settings.demoData = true;
    settings.production = false;
    assertDoesNotThrow(() -> check(settings).requireReadyToServe());
  }
}
