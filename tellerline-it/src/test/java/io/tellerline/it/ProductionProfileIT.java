package io.tellerline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.it.support.BankDatabase;
import io.tellerline.it.support.Http;
import io.tellerline.it.support.MicroProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production profile fails closed on the real server: Payara Micro with the Micro WAR, started
 * with {@code TELLERLINE_PROFILE=production} and the suite's development settings (dev-only secrets
 * and passwords, demo data, no keystores, an http:// issuer), refuses the deployment with one
 * message naming every setting, records nothing in the database and serves nothing. Each rule alone
 * is proven by {@code ProductionReadinessTest}.
 */
class ProductionProfileIT {

  private static final int PORT = 18392;

  @Test
  void aProductionStartWithDevelopmentSettingsRefusesToServe() throws Exception {
    Path log =
        Files.createDirectories(Path.of("target", "production-profile")).resolve("micro.log");
    long startsBefore = systemStarts();
    try (MicroProcess micro =
        MicroProcess.launch(
            PORT,
            log,
            Map.of("TELLERLINE_PROFILE", "production", "TELLERLINE_DEMO_DATA", "true"))) {
      String output = awaitBootFinished(micro, log);
      assertTrue(
          output.contains("Tellerline refuses to start with TELLERLINE_PROFILE=production"),
          output);
      for (String setting :
          List.of(
              "TELLERLINE_CONSOLE_CLIENT_SECRET",
              "TELLERLINE_IDENTITY_OPS_CLIENT_SECRET",
              "TELLERLINE_DB_PASSWORD",
              "TELLERLINE_AUDIT_SIGNING_KEYSTORE",
              "TELLERLINE_PRIVACY_KEYSTORE",
              "TELLERLINE_MONITOR_TOKEN",
              "TELLERLINE_DEMO_DATA",
              "TELLERLINE_OIDC_ISSUER")) {
        assertTrue(output.contains("  - " + setting), setting + " named in:\n" + output);
      }
      if (micro.alive()) { // Payara Micro stays up without the application: nothing of it is served
        for (String page : List.of("", "chat/", "console/", "api/chat-config")) {
          assertEquals(404, Http.get(micro.base() + page, null).statusCode(), page);
        }
        assertEquals(
            503,
            Http.get(micro.base() + "health/ready", null).statusCode(),
            "an orchestrator sees the instance as not ready");
      }
      assertEquals(startsBefore, systemStarts(), "the refused start recorded nothing");
    }
  }

  /** Waits until Payara Micro has finished booting (with or without the application). */
  private static String awaitBootFinished(MicroProcess micro, Path log) throws Exception {
    for (int i = 0; i < 300; i++) {
      String output = Files.exists(log) ? Files.readString(log) : "";
      if (output.contains("ready in") || !micro.alive()) {
        return output;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Payara Micro did not finish booting in 150 s");
  }

  private static long systemStarts() throws Exception {
    return BankDatabase.count(
        "select count(*) from audit_event where event_type = 'SYSTEM_STARTED'");
  }
}
